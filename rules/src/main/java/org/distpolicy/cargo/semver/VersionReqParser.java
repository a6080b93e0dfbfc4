package org.distpolicy.cargo.semver;

import java.util.ArrayList;
import java.util.List;

/**
 * The crate's {@code FromStr for VersionReq}: a lone wildcard, or comma-separated comparators
 * with spaces allowed around commas and operators.
 */
final class VersionReqParser {
    /** The crate's limit, which keeps hostile input from building huge requirements. */
    private static final int MAX_COMPARATORS = 32;

    private VersionReqParser() {
    }

    static VersionReq parse(String text) throws SemverException {
        SemverLexer in = new SemverLexer(text);
        in.skipSpaces();
        char wildcard = in.skipWildcard();
        if (wildcard != 0) {
            in.skipSpaces();
            if (in.atEnd()) {
                return VersionReq.STAR;
            }
            throw in.peek() == ',' ? SemverException.wildcardNotTheOnlyComparator(wildcard)
                    : SemverException.unexpectedAfterWildcard();
        }

        List<ReqComparator> comparators = new ArrayList<>();
        while (true) {
            ReqComparatorParser.Parsed parsed = parseComparator(text, in);
            comparators.add(parsed.comparator());
            if (in.atEnd()) {
                return new VersionReq(comparators);
            }
            if (!in.skip(',')) {
                throw SemverException.expectedCommaFound(parsed.last(), in.peek());
            }
            in.skipSpaces();
            if (comparators.size() == MAX_COMPARATORS) {
                throw SemverException.excessiveComparators();
            }
        }
    }

    /**
     * A comparator after the first; if it does not parse and is a lone wildcard, the error says
     * that a wildcard cannot be combined, which is the likelier mistake than a malformed number.
     */
    private static ReqComparatorParser.Parsed parseComparator(String text, SemverLexer in) throws SemverException {
        int start = in.index();
        try {
            return ReqComparatorParser.parse(in);
        } catch (SemverException e) {
            SemverLexer rest = new SemverLexer(text.substring(start));
            char wildcard = rest.skipWildcard();
            if (wildcard != 0) {
                rest.skipSpaces();
                if (rest.atEnd() || rest.peek() == ',') {
                    throw SemverException.wildcardNotTheOnlyComparator(wildcard);
                }
            }
            throw e;
        }
    }
}
