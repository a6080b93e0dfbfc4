package org.distpolicy.gomod;

/**
 * A lexical token of a go.mod file.
 *
 * @param text  the source text; for a comment without its line break, for a string with its quotes
 * @param start the position of its first character
 * @param end   the position after its last character
 */
record GoModToken(Kind kind, String text, SourcePosition start, SourcePosition end) {

    enum Kind {
        EOF,
        /** A comment after other tokens on its line; it also ends that line. */
        SUFFIX_COMMENT,
        /** A comment alone on its line. */
        LINE_COMMENT,
        WORD,
        STRING,
        NEWLINE,
        LPAREN,
        RPAREN,
        /** The other punctuation, each its own token: [ ] { } , */
        PUNCTUATION;

        boolean endsLine() {
            return this == EOF || this == SUFFIX_COMMENT || this == NEWLINE;
        }
    }

    boolean is(String expected) {
        return text.equals(expected);
    }
}
