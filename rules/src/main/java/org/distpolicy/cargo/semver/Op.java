package org.distpolicy.cargo.semver;

/** A comparator's operator, as the crate's Op; {@link #CARET} is what a bare version means. */
public enum Op {
    EXACT("="),
    GREATER(">"),
    GREATER_EQ(">="),
    LESS("<"),
    LESS_EQ("<="),
    TILDE("~"),
    CARET("^"),
    /** {@code 1.*} or {@code 1.2.*} written without an operator; shown without one. */
    WILDCARD("");

    private final String symbol;

    Op(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
