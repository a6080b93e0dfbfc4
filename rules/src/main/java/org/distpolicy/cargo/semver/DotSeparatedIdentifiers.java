package org.distpolicy.cargo.semver;

import java.util.Comparator;
import java.util.List;

/** What pre-release and build metadata share: their syntax check, their parts and list order. */
final class DotSeparatedIdentifiers {
    private DotSeparatedIdentifiers() {
    }

    /** The crate's Prerelease::new and BuildMetadata::new: the whole text, or "", must be identifiers. */
    static void check(String text, Position position) {
        if (text == null) {
            throw new NullPointerException(position + " is null");
        }
        SemverLexer lexer = new SemverLexer(text);
        try {
            lexer.identifiers(position);
            if (!lexer.atEnd()) {
                throw SemverException.illegalCharacter(position);
            }
        } catch (SemverException e) {
            throw new IllegalArgumentException(e.getMessage() + ": " + text, e);
        }
    }

    static List<String> split(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\\.", -1));
    }

    static boolean isNumeric(String identifier) {
        return identifier.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Identifier by identifier; a list that runs out first, having matched so far, is the lower. */
    static int compare(List<String> a, List<String> b, Comparator<String> identifierOrder) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = identifierOrder.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
