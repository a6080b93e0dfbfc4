package org.distpolicy.cargo.semver;

/**
 * Reads the tokens of the crate's grammar from left to right: version numbers, dot-separated
 * identifiers, operators' characters, wildcards and spaces. Each read fails with the error the
 * crate reports at that point, naming the {@link Position} the caller says it is reading.
 */
final class SemverLexer {
    private static final int END = -1;
    private static final String WILDCARDS = "*xX";
    private static final long U64_MAX_DIV_10 = Long.divideUnsigned(-1L, 10);
    private static final long U64_MAX_MOD_10 = Long.remainderUnsigned(-1L, 10);

    private final String text;
    private int index;

    SemverLexer(String text) {
        this.text = text;
    }

    int index() {
        return index;
    }

    boolean atEnd() {
        return index == text.length();
    }

    /** The next character as a code point (the crate quotes whole characters), or -1 at the end. */
    int peek() {
        return atEnd() ? END : text.codePointAt(index);
    }

    boolean skip(char expected) {
        if (atEnd() || text.charAt(index) != expected) {
            return false;
        }
        index++;
        return true;
    }

    /** Skips U+0020 only: the crate trims no other whitespace, so a tab is an unexpected character. */
    void skipSpaces() {
        while (!atEnd() && text.charAt(index) == ' ') {
            index++;
        }
    }

    /** The wildcard character ({@code *}, {@code x} or {@code X}) if one is next, consumed; else 0. */
    char skipWildcard() {
        if (atEnd() || WILDCARDS.indexOf(text.charAt(index)) < 0) {
            return 0;
        }
        return text.charAt(index++);
    }

    /**
     * A major, minor or patch number: decimal digits without a leading zero, up to u64::MAX, which
     * Java holds as the same 64 bits in a long (read it unsigned).
     */
    long number(Position position) throws SemverException {
        int start = index;
        long value = 0;
        while (!atEnd() && isDigit(text.charAt(index))) {
            if (value == 0 && index > start) {
                throw SemverException.leadingZero(position);
            }
            int digit = text.charAt(index) - '0';
            if (Long.compareUnsigned(value, U64_MAX_DIV_10) > 0 || value == U64_MAX_DIV_10 && digit > U64_MAX_MOD_10) {
                throw SemverException.overflow(position);
            }
            value = value * 10 + digit;
            index++;
        }
        if (index > start) {
            return value;
        }
        throw atEnd() ? SemverException.unexpectedEnd(position) : SemverException.unexpectedChar(position, peek());
    }

    /** The dot that must follow the major and minor numbers of a full version. */
    void dot(Position after) throws SemverException {
        if (skip('.')) {
            return;
        }
        throw atEnd() ? SemverException.unexpectedEnd(after) : SemverException.unexpectedCharAfter(after, peek());
    }

    /**
     * Dot-separated identifiers of ASCII letters, digits and hyphens, as pre-release and build
     * metadata are written. Stops before the first other character and answers "" if there is no
     * identifier at all; an empty identifier between dots, or a numeric pre-release identifier
     * with a leading zero, is an error.
     */
    String identifiers(Position position) throws SemverException {
        int start = index;
        int segmentStart = index;
        boolean segmentHasNonDigit = false;
        while (true) {
            int c = peek();
            if (isLetter(c) || c == '-') {
                segmentHasNonDigit = true;
                index++;
                continue;
            }
            if (isDigit(c)) {
                index++;
                continue;
            }
            int segmentLength = index - segmentStart;
            if (segmentLength == 0) {
                if (index == start && c != '.') {
                    return "";
                }
                throw SemverException.emptySegment(position);
            }
            if (position == Position.PRE && segmentLength > 1 && !segmentHasNonDigit
                    && text.charAt(segmentStart) == '0') {
                throw SemverException.leadingZero(position);
            }
            if (c != '.') {
                return text.substring(start, index);
            }
            index++;
            segmentStart = index;
            segmentHasNonDigit = false;
        }
    }

    /** The identifiers that must follow a "-" or "+". */
    String requiredIdentifiers(Position position) throws SemverException {
        String identifiers = identifiers(position);
        if (identifiers.isEmpty()) {
            throw SemverException.emptySegment(position);
        }
        return identifiers;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
