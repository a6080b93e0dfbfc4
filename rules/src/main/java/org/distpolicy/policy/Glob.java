package org.distpolicy.policy;

import java.io.Serializable;
import java.util.Objects;

/**
 * A shell-like pattern on a whole string: {@code *} any run of characters (including none and
 * {@code /}), {@code ?} one character, everything else itself, case-sensitively. No brackets or
 * escapes: package names and rule subjects never need them, and fewer metacharacters mean fewer
 * surprises in a file that waives findings.
 */
public record Glob(String pattern) implements Serializable {
    public static final Glob ANY = new Glob("*");

    public Glob {
        Objects.requireNonNull(pattern, "pattern");
    }

    /** Whether the whole of {@code text} matches; null (a finding without a version, say) is matched as "". */
    public boolean matches(String text) {
        String s = text == null ? "" : text;
        // Greedy match with backtracking to the last star only: linear enough for these short strings.
        int p = 0;
        int t = 0;
        int star = -1;
        int starT = 0;
        while (t < s.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == s.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                starT = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++starT;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
