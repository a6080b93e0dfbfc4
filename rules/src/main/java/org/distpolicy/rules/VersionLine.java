package org.distpolicy.rules;

/**
 * The compatibility line a version belongs to: versions on one line are interchangeable
 * upgrades of each other, so a problem that persists across them is the same problem.
 * Cargo: the left-most non-zero component (1.4.2 → "1", 0.3.7 → "0.3", 0.0.5 → "0.0.5").
 * Go: the major version (the /vN module path already tells majors apart; pre-v1 is "v0").
 */
public final class VersionLine {
    private VersionLine() {
    }

    public static String of(Ecosystem ecosystem, String version) {
        if (version == null || version.isEmpty()) {
            return "";
        }
        String core = version.startsWith("v") ? version.substring(1) : version;
        int end = core.length();
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (c == '-' || c == '+') {
                end = i;
                break;
            }
        }
        String[] parts = core.substring(0, end).split("\\.", -1);
        if (ecosystem == Ecosystem.GO) {
            return "v" + parts[0];
        }
        if (!"0".equals(parts[0]) || parts.length < 2) {
            return parts[0];
        }
        if (!"0".equals(parts[1]) || parts.length < 3) {
            return "0." + parts[1];
        }
        return "0.0." + parts[2];
    }
}
