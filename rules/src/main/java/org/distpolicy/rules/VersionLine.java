package org.distpolicy.rules;

import org.distpolicy.cargo.semver.CargoVersion;
import org.distpolicy.gomod.GoSemver;

/**
 * The compatibility line a version belongs to: versions on one line are interchangeable
 * upgrades of each other, so a problem that persists across them is the same problem.
 * Cargo: the left-most non-zero component (1.4.2 → "1", 0.3.7 → "0.3", 0.0.5 → "0.0.5").
 * Go: the major version (the /vN module path already tells majors apart; pre-v1 is "v0").
 * A version neither ecosystem can parse is its own line.
 */
public final class VersionLine {
    private VersionLine() {
    }

    public static String of(Ecosystem ecosystem, String version) {
        if (version == null || version.isEmpty()) {
            return "";
        }
        if (ecosystem == Ecosystem.GO) {
            String major = GoSemver.major(version);
            return major.isEmpty() ? version : major;
        }
        return CargoVersion.tryParse(version).map(CargoVersion::compatibilityLine).orElse(version);
    }
}
