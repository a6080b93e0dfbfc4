package org.distpolicy.resolve;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a capability is broken: the root problem and the chain of capabilities leading to it.
 *
 * @param rule            the rule of the root problem
 * @param dependencyClass upstream, distro, weak or foreign-target, inherited along the chain
 * @param root            the broken capability where the problem is (e.g. "uuid 1.10.0 feature macro-diagnostics")
 * @param problem         what is wrong there
 * @param wantedKey       for a missing crate or version line: "crate requirement", what packaging it would take; else null
 * @param chain           capabilities from the dependent to the root, nearest first, at most {@link #MAX_CHAIN}
 */
public record BrokenCause(String rule, String dependencyClass, String root, String problem, String wantedKey, List<String> chain)
        implements Serializable {
    public static final int MAX_CHAIN = 8;

    public BrokenCause {
        chain = List.copyOf(chain);
    }

    /** The same cause one step further from the root. */
    public BrokenCause via(String capability) {
        List<String> longer = new ArrayList<>();
        longer.add(capability);
        longer.addAll(chain.size() < MAX_CHAIN ? chain : chain.subList(0, MAX_CHAIN - 1));
        return new BrokenCause(rule, dependencyClass, root, problem, wantedKey, longer);
    }
}
