package org.distpolicy.rules;

import java.io.Serializable;
import java.util.List;

/**
 * What the distro is, as far as the rules care: the toolchain it builds with and the targets
 * it builds for ({@code cfg()} and build constraints are evaluated against these).
 *
 * @param rustc   the distro's rustc version, e.g. "1.85.0"
 * @param targets Rust target triples, e.g. "x86_64-unknown-linux-gnu"
 */
public record DistroProfile(String rustc, List<String> targets) implements Serializable {
    public static final String DEFAULT_RUSTC = "1.85.0";
    public static final List<String> DEFAULT_TARGETS = List.of("x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu");

    public DistroProfile {
        targets = List.copyOf(targets);
    }
}
