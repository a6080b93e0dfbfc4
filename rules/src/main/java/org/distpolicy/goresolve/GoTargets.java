package org.distpolicy.goresolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.distpolicy.cargo.cfg.TargetSpec;
import org.distpolicy.gosrc.GoTarget;

/**
 * The distro's targets for Go, derived from the Rust target triples it builds for, so that one
 * {@code --target} list drives both cfg() and build constraints: x86_64-unknown-linux-gnu is
 * linux/amd64, aarch64-unknown-linux-gnu linux/arm64.
 */
public final class GoTargets {
    private static final Map<String, String> GOOS = Map.ofEntries(
            Map.entry("linux", "linux"), Map.entry("android", "android"), Map.entry("macos", "darwin"),
            Map.entry("ios", "ios"), Map.entry("windows", "windows"), Map.entry("freebsd", "freebsd"),
            Map.entry("netbsd", "netbsd"), Map.entry("openbsd", "openbsd"), Map.entry("dragonfly", "dragonfly"),
            Map.entry("solaris", "solaris"), Map.entry("illumos", "illumos"), Map.entry("aix", "aix"),
            Map.entry("hurd", "hurd"), Map.entry("wasi", "wasip1"));
    /** Rust target_arch → GOARCH, little-endian spelling where Go has one per endianness. */
    private static final Map<String, String> GOARCH = Map.ofEntries(
            Map.entry("x86_64", "amd64"), Map.entry("x86", "386"), Map.entry("aarch64", "arm64"), Map.entry("arm", "arm"),
            Map.entry("powerpc64", "ppc64le"), Map.entry("powerpc", "ppc"), Map.entry("s390x", "s390x"),
            Map.entry("riscv64", "riscv64"), Map.entry("loongarch64", "loong64"), Map.entry("mips64", "mips64le"),
            Map.entry("mips", "mipsle"), Map.entry("sparc64", "sparc64"), Map.entry("wasm32", "wasm"));

    private GoTargets() {
    }

    /** The GOOS/GOARCH pairs of the triples Go can build for, in order, without duplicates. */
    public static List<GoTarget> of(List<String> rustTriples) {
        Set<GoTarget> targets = new LinkedHashSet<>();
        for (String triple : rustTriples) {
            TargetSpec.lookup(triple).flatMap(GoTargets::of).ifPresent(targets::add);
        }
        return List.copyOf(targets);
    }

    static Optional<GoTarget> of(TargetSpec spec) {
        String goos = spec.values("target_os").stream().map(GOOS::get).filter(o -> o != null).findFirst().orElse(null);
        String arch = spec.values("target_arch").stream().findFirst().orElse("");
        String goarch = GOARCH.get(arch);
        if (goos == null || goarch == null) {
            return Optional.empty();
        }
        if (spec.hasKeyValue("target_endian", "big")) {
            goarch = switch (goarch) {
                case "ppc64le" -> "ppc64";
                case "mips64le" -> "mips64";
                case "mipsle" -> "mips";
                default -> goarch;
            };
        }
        return Optional.of(new GoTarget(goos, goarch));
    }
}
