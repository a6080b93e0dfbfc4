package org.distpolicy.cargo.semver;

/**
 * Reads one comparator of a requirement: an optional operator, optional spaces, then a partial
 * version without spaces inside (the crate's {@code comparator} function).
 */
final class ReqComparatorParser {

    /** A comparator and the part read last, which names the place in "expected comma after ...". */
    record Parsed(ReqComparator comparator, Position last) {
    }

    private ReqComparatorParser() {
    }

    /** Reads from the lexer's position, leaving it after the comparator's trailing spaces. */
    static Parsed parse(SemverLexer in) throws SemverException {
        Op written = operator(in);
        Op op = written == null ? Op.CARET : written;
        in.skipSpaces();

        Position last = Position.MAJOR;
        long major = in.number(last);

        Long minor = null;
        boolean minorIsWildcard = false;
        if (in.skip('.')) {
            last = Position.MINOR;
            if (in.skipWildcard() != 0) {
                minorIsWildcard = true;
                op = written == null ? Op.WILDCARD : op;
            } else {
                minor = in.number(last);
            }
        }

        Long patch = null;
        if (in.skip('.')) {
            last = Position.PATCH;
            if (in.skipWildcard() != 0) {
                op = written == null ? Op.WILDCARD : op;
            } else if (minorIsWildcard) {
                throw SemverException.unexpectedAfterWildcard();
            } else {
                patch = in.number(last);
            }
        }

        // Only a full major.minor.patch may carry a pre-release or build metadata; after a partial
        // version a "-" or "+" is left for the caller to reject as a missing comma.
        Prerelease pre = Prerelease.EMPTY;
        if (patch != null && in.skip('-')) {
            last = Position.PRE;
            pre = new Prerelease(in.requiredIdentifiers(last));
        }
        if (patch != null && in.skip('+')) {
            last = Position.BUILD;
            in.requiredIdentifiers(last);
        }
        in.skipSpaces();
        return new Parsed(new ReqComparator(op, major, minor, patch, pre), last);
    }

    /** The written operator, consumed, or null if there is none. */
    private static Op operator(SemverLexer in) {
        if (in.skip('=')) {
            return Op.EXACT;
        }
        if (in.skip('>')) {
            return in.skip('=') ? Op.GREATER_EQ : Op.GREATER;
        }
        if (in.skip('<')) {
            return in.skip('=') ? Op.LESS_EQ : Op.LESS;
        }
        if (in.skip('~')) {
            return Op.TILDE;
        }
        if (in.skip('^')) {
            return Op.CARET;
        }
        return null;
    }
}
