package org.distpolicy.gomod;

import java.util.regex.Pattern;

/**
 * Semantic versions as Go modules use them (golang.org/x/mod/semver, plus the module-level rules
 * for "+incompatible" and pseudo-versions): a mandatory "v" prefix, "v1" and "v1.2" as shorthands
 * for "v1.0.0" and "v1.2.0", build metadata ignored when comparing. Like Go, the functions answer
 * "" for an invalid version instead of failing; a null version is simply invalid.
 */
public final class GoSemver {
    private static final String INCOMPATIBLE = "+incompatible";

    /** module.pseudoVersionRE: the three pseudo-version forms, with optional build metadata. */
    private static final Pattern PSEUDO_VERSION = Pattern.compile(
            "v[0-9]+\\.(0\\.0-|\\d+\\.\\d+-([^+]*\\.)?0\\.)\\d{14}-[A-Za-z0-9]+(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

    private GoSemver() {
    }

    /** The pieces of a valid version; {@code shorthand} is what "v1" or "v1.2" leaves out. */
    private record Parsed(String major, String minor, String patch, String shorthand, String prerelease, String build) {
    }

    public static boolean isValid(String v) {
        return parse(v) != null;
    }

    /** semver.Canonical: "v1.2" → "v1.2.0", "v1.2.3+meta" → "v1.2.3"; "" if invalid. */
    public static String canonical(String v) {
        Parsed p = parse(v);
        if (p == null) {
            return "";
        }
        if (!p.build().isEmpty()) {
            return v.substring(0, v.length() - p.build().length());
        }
        return v + p.shorthand();
    }

    /**
     * module.CanonicalVersion: {@link #canonical} except that "+incompatible", the one build suffix
     * with meaning to the go command, is kept.
     */
    public static String canonicalModuleVersion(String v) {
        String canonical = canonical(v);
        return INCOMPATIBLE.equals(build(v)) ? canonical + INCOMPATIBLE : canonical;
    }

    /** Whether v is already in the form go.mod files must use: "v1.2.3", "v1.2.3-pre", "v2.0.0+incompatible". */
    public static boolean isCanonical(String v) {
        String canonical = canonicalModuleVersion(v);
        return !canonical.isEmpty() && canonical.equals(v);
    }

    /** "v2.1.0" → "v2"; "" if invalid. */
    public static String major(String v) {
        Parsed p = parse(v);
        return p == null ? "" : "v" + p.major();
    }

    /** "v2.1.0-pre+meta" → "+meta"; "" if there is none or v is invalid. */
    public static String build(String v) {
        Parsed p = parse(v);
        return p == null ? "" : p.build();
    }

    /**
     * Semantic version precedence: negative, zero or positive as a is lower, equal or higher. An
     * invalid version is lower than every valid one, and all invalid versions are equal.
     */
    public static int compare(String a, String b) {
        Parsed pa = parse(a);
        Parsed pb = parse(b);
        if (pa == null || pb == null) {
            return Boolean.compare(pa != null, pb != null);
        }
        int c = compareNumber(pa.major(), pb.major());
        if (c == 0) {
            c = compareNumber(pa.minor(), pb.minor());
        }
        if (c == 0) {
            c = compareNumber(pa.patch(), pb.patch());
        }
        return c != 0 ? c : comparePrerelease(pa.prerelease(), pb.prerelease());
    }

    /**
     * module.IsPseudoVersion: vX.0.0-yyyymmddhhmmss-abcdef123456,
     * vX.Y.Z-pre.0.yyyymmddhhmmss-abcdef123456 or vX.Y.(Z+1)-0.yyyymmddhhmmss-abcdef123456.
     */
    public static boolean isPseudoVersion(String v) {
        return v != null && v.chars().filter(c -> c == '-').count() >= 2 && isValid(v)
                && PSEUDO_VERSION.matcher(v).matches();
    }

    private static Parsed parse(String v) {
        if (v == null || !v.startsWith("v")) {
            return null;
        }
        int majorEnd = numberEnd(v, 1);
        if (majorEnd < 0) {
            return null;
        }
        String major = v.substring(1, majorEnd);
        if (majorEnd == v.length()) {
            return new Parsed(major, "0", "0", ".0.0", "", "");
        }
        int minorEnd = v.charAt(majorEnd) == '.' ? numberEnd(v, majorEnd + 1) : -1;
        if (minorEnd < 0) {
            return null;
        }
        String minor = v.substring(majorEnd + 1, minorEnd);
        if (minorEnd == v.length()) {
            return new Parsed(major, minor, "0", ".0", "", "");
        }
        int patchEnd = v.charAt(minorEnd) == '.' ? numberEnd(v, minorEnd + 1) : -1;
        if (patchEnd < 0) {
            return null;
        }
        String patch = v.substring(minorEnd + 1, patchEnd);
        int i = patchEnd;
        String prerelease = "";
        if (i < v.length() && v.charAt(i) == '-') {
            int end = identifiersEnd(v, i, true);
            if (end < 0) {
                return null;
            }
            prerelease = v.substring(i, end);
            i = end;
        }
        String build = "";
        if (i < v.length() && v.charAt(i) == '+') {
            int end = identifiersEnd(v, i, false);
            if (end < 0) {
                return null;
            }
            build = v.substring(i, end);
            i = end;
        }
        return i == v.length() ? new Parsed(major, minor, patch, "", prerelease, build) : null;
    }

    /** End of the decimal number starting at {@code start}, or -1 if there is none or it has a leading zero. */
    private static int numberEnd(String v, int start) {
        int end = start;
        while (end < v.length() && isDigit(v.charAt(end))) {
            end++;
        }
        if (end == start || v.charAt(start) == '0' && end - start > 1) {
            return -1;
        }
        return end;
    }

    /**
     * End of the dot-separated identifiers after the '-' or '+' at {@code start}, or -1 if one is
     * empty, has a character outside [0-9A-Za-z-], or (in a pre-release) is a number with a
     * leading zero. A pre-release stops at '+'; build metadata runs to the end.
     */
    private static int identifiersEnd(String v, int start, boolean prerelease) {
        int identifierStart = start + 1;
        int i = identifierStart;
        for (; i < v.length() && !(prerelease && v.charAt(i) == '+'); i++) {
            char c = v.charAt(i);
            if (c == '.') {
                if (!isGoodIdentifier(v, identifierStart, i, prerelease)) {
                    return -1;
                }
                identifierStart = i + 1;
            } else if (!isIdentifierChar(c)) {
                return -1;
            }
        }
        return isGoodIdentifier(v, identifierStart, i, prerelease) ? i : -1;
    }

    private static boolean isGoodIdentifier(String v, int start, int end, boolean prerelease) {
        return end > start && !(prerelease && isNumberWithLeadingZero(v.substring(start, end)));
    }

    private static boolean isNumberWithLeadingZero(String identifier) {
        return identifier.length() > 1 && identifier.charAt(0) == '0' && isNumber(identifier);
    }

    private static boolean isNumber(String identifier) {
        return identifier.chars().allMatch(c -> isDigit((char) c));
    }

    private static boolean isIdentifierChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || isDigit(c) || c == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Numbers without leading zeros: the longer is larger, equal lengths compare as text. */
    private static int compareNumber(String x, String y) {
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : Integer.signum(x.compareTo(y));
    }

    /**
     * semver.org precedence: no pre-release beats any pre-release; identifiers compare left to
     * right, numbers numerically and below words, words in ASCII order; a longer list wins a tie.
     */
    private static int comparePrerelease(String x, String y) {
        if (x.equals(y)) {
            return 0;
        }
        if (x.isEmpty() || y.isEmpty()) {
            return x.isEmpty() ? 1 : -1;
        }
        String[] xs = x.substring(1).split("\\.", -1);
        String[] ys = y.substring(1).split("\\.", -1);
        for (int i = 0; i < Math.min(xs.length, ys.length); i++) {
            int c = compareIdentifier(xs[i], ys[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(xs.length, ys.length);
    }

    private static int compareIdentifier(String x, String y) {
        if (x.equals(y)) {
            return 0;
        }
        boolean xNumber = isNumber(x);
        boolean yNumber = isNumber(y);
        if (xNumber != yNumber) {
            return xNumber ? -1 : 1;
        }
        return xNumber ? compareNumber(x, y) : Integer.signum(x.compareTo(y));
    }
}
