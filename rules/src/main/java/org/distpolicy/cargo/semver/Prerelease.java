package org.distpolicy.cargo.semver;

import java.io.Serializable;
import java.util.List;

/**
 * The pre-release part of a version, after the "-": dot-separated identifiers such as
 * {@code alpha.1}; empty for a release. Ordered as the crate orders it: a release above every
 * pre-release, then identifier by identifier, numeric ones numerically and below alphanumeric
 * ones, alphanumeric ones in ASCII order, and a shorter list below a longer one it starts.
 *
 * @param text the identifiers as written, without the "-"; "" for none
 */
public record Prerelease(String text) implements Comparable<Prerelease>, Serializable {
    public static final Prerelease EMPTY = new Prerelease("");

    /** @throws IllegalArgumentException with the crate's message, and the text, if text is not a valid pre-release */
    public Prerelease {
        DotSeparatedIdentifiers.check(text, Position.PRE);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public List<String> identifiers() {
        return DotSeparatedIdentifiers.split(text);
    }

    @Override
    public int compareTo(Prerelease other) {
        if (text.equals(other.text)) {
            return 0;
        }
        if (isEmpty() || other.isEmpty()) {
            return isEmpty() ? 1 : -1;
        }
        return DotSeparatedIdentifiers.compare(identifiers(), other.identifiers(), Prerelease::compareIdentifiers);
    }

    /** No leading zeros here, so the longer of two numeric identifiers is the larger. */
    private static int compareIdentifiers(String a, String b) {
        boolean aNumeric = DotSeparatedIdentifiers.isNumeric(a);
        boolean bNumeric = DotSeparatedIdentifiers.isNumeric(b);
        if (aNumeric && bNumeric) {
            int byLength = Integer.compare(a.length(), b.length());
            return byLength != 0 ? byLength : a.compareTo(b);
        }
        if (aNumeric != bNumeric) {
            return aNumeric ? -1 : 1;
        }
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        return text;
    }
}
