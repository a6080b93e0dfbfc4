package org.distpolicy.gomod;

import org.distpolicy.manifest.ManifestException;
import org.distpolicy.gomod.GoStrconv.InvalidQuotedString;

/**
 * modfile.parseString: the value of a directive argument, a bare word or a Go "…" string. Other
 * quotes, raw `…` strings included, are reserved, so that 'x' is an error rather than a path
 * with quote marks in it.
 */
final class ArgumentText {
    private ArgumentText() {
    }

    /** The argument's value, or modfile's "invalid quoted string" error at the token. */
    static String read(GoModToken token) throws ManifestException {
        try {
            return of(token);
        } catch (InvalidQuotedString e) {
            throw token.start().error("invalid quoted string: " + e.getMessage());
        }
    }

    /** The argument's value; callers that word the error themselves catch the reason. */
    static String of(GoModToken token) throws InvalidQuotedString {
        String text = token.text();
        if (text.startsWith("\"")) {
            return GoStrconv.unquote(text);
        }
        if (text.chars().anyMatch(c -> c == '"' || c == '\'' || c == '`')) {
            throw new InvalidQuotedString("unquoted string cannot contain quote");
        }
        return text;
    }
}
