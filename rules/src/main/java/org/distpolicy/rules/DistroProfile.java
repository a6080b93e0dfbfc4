package org.distpolicy.rules;

import java.io.Serializable;
import java.util.List;
import org.distpolicy.goresolve.GoTargets;
import org.distpolicy.gosrc.GoBuildContext;

/**
 * What the distro is, as far as the rules care: the toolchain it builds with and the targets
 * it builds for ({@code cfg()} and build constraints are evaluated against these).
 *
 * @param rustc   the distro's rustc version, e.g. "1.85.0"
 * @param go      the distro's Go release, e.g. "1.24" (build tags, the standard library, go lines)
 * @param targets Rust target triples, e.g. "x86_64-unknown-linux-gnu"; Go builds for the same
 *                systems ({@link GoTargets})
 */
public record DistroProfile(String rustc, String go, List<String> targets) implements Serializable {
    public static final String DEFAULT_RUSTC = "1.85.0";
    /** Debian trixie's Go, as 1.85 is its rustc. */
    public static final String DEFAULT_GO = "1.24";
    public static final List<String> DEFAULT_TARGETS = List.of("x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu");

    public DistroProfile {
        targets = List.copyOf(targets);
    }

    /** The Go build the distro does: its targets' GOOS/GOARCH, its Go release, cgo on. */
    public GoBuildContext goBuild() {
        return new GoBuildContext(GoTargets.of(targets), go, true);
    }
}
