package org.distpolicy.cargo.semver;

/**
 * A version or version requirement that Cargo would reject. The message is exactly the text the
 * {@code semver} crate's error displays, so a finding reads the same as cargo's own complaint.
 */
public final class SemverException extends Exception {
    private static final long serialVersionUID = 1L;

    private SemverException(String message) {
        super(message);
    }

    static SemverException empty() {
        return new SemverException("empty string, expected a semver version");
    }

    static SemverException unexpectedEnd(Position position) {
        return new SemverException("unexpected end of input while parsing " + position);
    }

    static SemverException unexpectedChar(Position position, int codePoint) {
        return new SemverException(
                "unexpected character " + RustCharDebug.quote(codePoint) + " while parsing " + position);
    }

    static SemverException unexpectedCharAfter(Position position, int codePoint) {
        return new SemverException("unexpected character " + RustCharDebug.quote(codePoint) + " after " + position);
    }

    static SemverException expectedCommaFound(Position position, int codePoint) {
        return new SemverException("expected comma after " + position + ", found " + RustCharDebug.quote(codePoint));
    }

    static SemverException leadingZero(Position position) {
        return new SemverException("invalid leading zero in " + position);
    }

    static SemverException overflow(Position position) {
        return new SemverException("value of " + position + " exceeds u64::MAX");
    }

    static SemverException emptySegment(Position position) {
        return new SemverException("empty identifier segment in " + position);
    }

    static SemverException illegalCharacter(Position position) {
        return new SemverException("unexpected character in " + position);
    }

    static SemverException wildcardNotTheOnlyComparator(char wildcard) {
        return new SemverException(
                "wildcard req (" + wildcard + ") must be the only comparator in the version req");
    }

    static SemverException unexpectedAfterWildcard() {
        return new SemverException("unexpected character after wildcard in version req");
    }

    static SemverException excessiveComparators() {
        return new SemverException("excessive number of version comparators");
    }
}
