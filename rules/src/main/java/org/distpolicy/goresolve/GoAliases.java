package org.distpolicy.goresolve;

import java.util.ArrayList;
import java.util.List;
import org.distpolicy.archive.ArchiveLayout;
import org.distpolicy.facts.GoLinkFacts;
import org.distpolicy.resolve.Capability;
import org.distpolicy.resolve.DependencyKind;
import org.distpolicy.resolve.Provide;
import org.distpolicy.resolve.Requirement;

/**
 * A Go tree's packages under a second import path: where the tree sits in a GOPATH when that is
 * not its module path (Debian ships github.com/cespare/xxhash whose go.mod says .../xxhash/v2),
 * and where a compatibility link points at it. Each alias needs the real package, so it is
 * exactly as broken as the package is.
 */
final class GoAliases {
    private GoAliases() {
    }

    /** Adds to the lists an alias under {@code to} for every package provided under {@code from}. */
    static void alias(List<Provide> provided, String artifact, String from, String to, List<Provide> provides, List<Requirement> requirements) {
        for (Provide real : provided) {
            String path = real.capability().name();
            if (!real.capability().namespace().equals(Capability.GO_PACKAGE) || !(path.equals(from) || path.startsWith(from + "/"))) {
                continue;
            }
            Capability alias = Capability.goPackage(to + path.substring(from.length()));
            provides.add(new Provide(real.packageName(), real.version(), alias));
            requirements.add(new Requirement(artifact, real.packageName(), real.version(), alias, real.packageName(), real.capability(),
                    "=" + real.version(), DependencyKind.NORMAL, false, false, null));
        }
    }

    /** The target tree's packages under the link's import path; empty when the link points outside the tree's import paths. */
    static GoModuleInput linked(GoModuleInput tree, GoLinkFacts link) {
        String from = ArchiveLayout.importPathOf(link.target());
        List<Provide> provides = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        if (from != null) {
            alias(tree.provides(), link.artifact().path(), from, link.name(), provides, requirements);
        }
        return new GoModuleInput(link.artifact().path(), provides, requirements, List.of(), List.of());
    }
}
