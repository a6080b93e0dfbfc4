package org.distpolicy.cargo.cfg;

/**
 * One token of a cfg expression.
 *
 * @param text the identifier without its {@code r#}, or the string without its quotes; empty for
 *     punctuation
 * @param raw a raw identifier ({@code r#all}), which is never an operator
 */
record CfgToken(Kind kind, String text, boolean raw) {

    enum Kind {
        LEFT_PAREN("`(`"),
        RIGHT_PAREN("`)`"),
        IDENTIFIER("an identifier"),
        COMMA("`,`"),
        EQUALS("`=`"),
        STRING("a string");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** How cargo names the kind in "expected …, found …". */
        String description() {
            return description;
        }
    }

    static CfgToken punctuation(Kind kind) {
        return new CfgToken(kind, "", false);
    }

    boolean is(Kind expected) {
        return kind == expected;
    }

    /** {@code all}, {@code any} or {@code not} written as a plain identifier. */
    boolean isOperator(String operator) {
        return kind == Kind.IDENTIFIER && !raw && text.equals(operator);
    }
}
