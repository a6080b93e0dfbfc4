package org.distpolicy.goresolve;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go toolchain and language versions as golang.org/x/mod's gover orders them: "1.21" (the
 * language) &lt; "1.21rc1" &lt; "1.21.0" &lt; "1.21.1" &lt; "1.22". The toolchain directive's
 * "go1.21.0" form is accepted too.
 */
public final class GoToolchainVersion {
    private static final Pattern VERSION = Pattern.compile("(?:go)?(0|[1-9][0-9]*)(?:\\.(0|[1-9][0-9]*))?(?:\\.(0|[1-9][0-9]*))?(?:(alpha|beta|rc)(0|[1-9][0-9]*))?");

    private GoToolchainVersion() {
    }

    private record Parsed(String major, String minor, String patch, String kind, String pre) {
    }

    /** Whether cmd/go accepts it as a go or toolchain version; "default" and the like are not versions. */
    public static boolean isValid(String version) {
        return parse(version).isPresent();
    }

    /** Compares two valid versions; invalid ones sort first, as gover treats them as empty. */
    public static int compare(String a, String b) {
        Parsed x = parse(a).orElse(new Parsed("", "", "", "", ""));
        Parsed y = parse(b).orElse(new Parsed("", "", "", "", ""));
        return Comparator.comparing(Parsed::major, GoToolchainVersion::compareInt)
                .thenComparing(Parsed::minor, GoToolchainVersion::compareInt)
                .thenComparing(Parsed::patch, GoToolchainVersion::compareInt)
                .thenComparing(Parsed::kind)
                .thenComparing(Parsed::pre, GoToolchainVersion::compareInt)
                .compare(x, y);
    }

    private static Optional<Parsed> parse(String version) {
        if (version == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(version);
        if (!m.matches()) {
            return Optional.empty();
        }
        // A patch with a pre-release ("1.21.0rc1") is not a Go version.
        if (m.group(3) != null && m.group(4) != null) {
            return Optional.empty();
        }
        if (m.group(2) == null) {
            // gover reads "1" as "1.0.0".
            return m.group(4) == null ? Optional.of(new Parsed(m.group(1), "0", "0", "", "")) : Optional.empty();
        }
        return Optional.of(new Parsed(m.group(1), m.group(2), orEmpty(m.group(3)), orEmpty(m.group(4)), orEmpty(m.group(5))));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Decimal strings without leading zeros: the shorter is smaller; "" is smaller than any number. */
    private static int compareInt(String x, String y) {
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }
}
