package org.distpolicy.cargo.cfg;

import org.distpolicy.cargo.cfg.CfgToken.Kind;

/**
 * Splits a cfg expression into tokens the way cargo-platform does: only the space separates tokens
 * (a tab is an unexpected character), identifiers are ASCII, strings run to the next quote and know
 * no escapes.
 */
final class CfgTokenizer {
    private final String input;
    private int position;

    CfgTokenizer(String input) {
        this.input = input;
    }

    String input() {
        return input;
    }

    /** The next token, or null at the end of the input. */
    CfgToken next() throws CfgException {
        while (position < input.length()) {
            int c = input.codePointAt(position);
            position += Character.charCount(c);
            switch (c) {
                case ' ':
                    continue;
                case '(':
                    return CfgToken.punctuation(Kind.LEFT_PAREN);
                case ')':
                    return CfgToken.punctuation(Kind.RIGHT_PAREN);
                case ',':
                    return CfgToken.punctuation(Kind.COMMA);
                case '=':
                    return CfgToken.punctuation(Kind.EQUALS);
                case '"':
                    return string();
                default:
                    if (isIdentifierStart(c)) {
                        return identifier(c);
                    }
                    throw unexpectedCharacter(c);
            }
        }
        return null;
    }

    /** The next token, left to be read again. */
    CfgToken peek() throws CfgException {
        int start = position;
        try {
            return next();
        } finally {
            position = start;
        }
    }

    /**
     * Consumes the next token if it is of the kind. Cargo's lookahead passes over a malformed token
     * without a word: the next read reports it, or the caller reports it as trailing content.
     */
    boolean consumeIf(Kind kind) {
        int start = position;
        try {
            CfgToken token = next();
            if (token != null && token.is(kind)) {
                return true;
            }
        } catch (CfgException malformed) {
            // left in place for the next read
        }
        position = start;
        return false;
    }

    /** What is left after the spaces that follow the last token read, or null if nothing is. */
    String rest() {
        int i = position;
        while (i < input.length() && input.charAt(i) == ' ') {
            i++;
        }
        return i == input.length() ? null : input.substring(i);
    }

    private CfgToken string() throws CfgException {
        int close = input.indexOf('"', position);
        if (close < 0) {
            throw new CfgException(input, "unterminated string in cfg");
        }
        String text = input.substring(position, close);
        position = close + 1;
        return new CfgToken(Kind.STRING, text, false);
    }

    private CfgToken identifier(int first) throws CfgException {
        int start = position - 1;
        boolean raw = first == 'r' && position < input.length() && input.charAt(position) == '#';
        if (raw) {
            position++;
            if (position == input.length()) {
                throw new CfgException(input, "expected identifier, but cfg expression ended");
            }
            int c = input.codePointAt(position);
            position += Character.charCount(c);
            if (!isIdentifierStart(c)) {
                throw unexpectedCharacter(c);
            }
            start = position - 1;
        }
        while (position < input.length() && isIdentifierPart(input.charAt(position))) {
            position++;
        }
        return new CfgToken(Kind.IDENTIFIER, input.substring(start, position), raw);
    }

    private CfgException unexpectedCharacter(int c) {
        return new CfgException(input, "unexpected character `" + Character.toString(c)
                + "` in cfg, expected parens, a comma, an identifier, or a string");
    }

    private static boolean isIdentifierStart(int c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isIdentifierPart(int c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }
}
