package org.distpolicy.cargo.semver;

import java.io.Serializable;
import java.util.List;

/**
 * The build metadata of a version, after the "+": dot-separated identifiers such as
 * {@code 1.1.0} in {@code 0.12.20+1.1.0}; empty if there is none. Requirements ignore it, but
 * the crate still orders versions by it when all else is equal: no metadata first, then
 * identifier by identifier, numeric ones by value and then by length (leading zeros are allowed
 * here, {@code 90 < 090}), below alphanumeric ones, which go in ASCII order.
 *
 * @param text the identifiers as written, without the "+"; "" for none
 */
public record BuildMetadata(String text) implements Comparable<BuildMetadata>, Serializable {
    public static final BuildMetadata EMPTY = new BuildMetadata("");

    /** @throws IllegalArgumentException with the crate's message, and the text, if text is not valid build metadata */
    public BuildMetadata {
        DotSeparatedIdentifiers.check(text, Position.BUILD);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public List<String> identifiers() {
        return DotSeparatedIdentifiers.split(text);
    }

    @Override
    public int compareTo(BuildMetadata other) {
        if (text.equals(other.text)) {
            return 0;
        }
        if (isEmpty() || other.isEmpty()) {
            return isEmpty() ? -1 : 1;
        }
        return DotSeparatedIdentifiers.compare(identifiers(), other.identifiers(), BuildMetadata::compareIdentifiers);
    }

    private static int compareIdentifiers(String a, String b) {
        boolean aNumeric = DotSeparatedIdentifiers.isNumeric(a);
        boolean bNumeric = DotSeparatedIdentifiers.isNumeric(b);
        if (aNumeric && bNumeric) {
            String aValue = stripLeadingZeros(a);
            String bValue = stripLeadingZeros(b);
            int byValue = Integer.compare(aValue.length(), bValue.length());
            if (byValue == 0) {
                byValue = aValue.compareTo(bValue);
            }
            return byValue != 0 ? byValue : Integer.compare(a.length(), b.length());
        }
        if (aNumeric != bNumeric) {
            return aNumeric ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    @Override
    public String toString() {
        return text;
    }
}
