package org.distpolicy.gosrc;

import java.util.ArrayList;
import java.util.List;

/**
 * The two build constraint syntaxes of go/build/constraint: the //go:build expression grammar
 * ({@code ||}, {@code &&}, {@code !}, parentheses, tags) and the legacy "// +build" line (space is
 * OR, comma is AND, "!" negates). A //go:build error makes the expression {@link GoConstraint.Invalid};
 * a legacy line never fails, Go reads a malformed word as the tag "ignore".
 */
final class GoConstraintParser {
    /** go/build/constraint's maxSize: bounds the recursion on hostile input. */
    private static final int MAX_SIZE = 1000;

    private final String text;
    private int next;
    private String token = "";
    private boolean isTag;
    private int size;

    private GoConstraintParser(String text) {
        this.text = text;
    }

    private static final class SyntaxError extends RuntimeException {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    /** The expression after "//go:build". */
    static GoConstraint parseGoBuild(String expression) {
        GoConstraintParser parser = new GoConstraintParser(expression);
        try {
            GoConstraint x = parser.or();
            if (!parser.token.isEmpty()) {
                throw new SyntaxError("unexpected token " + parser.token);
            }
            return x;
        } catch (SyntaxError e) {
            return new GoConstraint.Invalid(expression, e.getMessage());
        }
    }

    /** The words after "// +build": an OR of space-separated clauses, each an AND of comma-separated literals. */
    static GoConstraint parsePlusBuild(String words) {
        List<GoConstraint> clauses = new ArrayList<>();
        for (String clause : words.trim().split("\\s+")) {
            if (clause.isEmpty()) {
                continue;
            }
            List<GoConstraint> literals = new ArrayList<>();
            for (String literal : clause.split(",", -1)) {
                literals.add(plusBuildLiteral(literal));
            }
            clauses.add(literals.size() == 1 ? literals.get(0) : new GoConstraint.And(literals));
        }
        if (clauses.isEmpty()) {
            return new GoConstraint.Tag("ignore");
        }
        return clauses.size() == 1 ? clauses.get(0) : new GoConstraint.Or(clauses);
    }

    private static GoConstraint plusBuildLiteral(String literal) {
        if (literal.startsWith("!!") || literal.equals("!")) {
            return new GoConstraint.Tag("ignore");
        }
        boolean negated = literal.startsWith("!");
        String name = negated ? literal.substring(1) : literal;
        GoConstraint tag = new GoConstraint.Tag(isValidTag(name) ? name : "ignore");
        return negated ? new GoConstraint.Not(tag) : tag;
    }

    static boolean isValidTag(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(GoConstraintParser::isTagCharacter);
    }

    private static boolean isTagCharacter(int c) {
        return Character.isLetter(c) || Character.isDigit(c) || c == '_' || c == '.';
    }

    private GoConstraint or() {
        List<GoConstraint> operands = new ArrayList<>();
        operands.add(and());
        while (token.equals("||")) {
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new GoConstraint.Or(operands);
    }

    private GoConstraint and() {
        List<GoConstraint> operands = new ArrayList<>();
        operands.add(not());
        while (token.equals("&&")) {
            operands.add(not());
        }
        return operands.size() == 1 ? operands.get(0) : new GoConstraint.And(operands);
    }

    private GoConstraint not() {
        if (++size > MAX_SIZE) {
            throw new SyntaxError("build expression too large");
        }
        lex();
        if (token.equals("!")) {
            lex();
            if (token.equals("!")) {
                throw new SyntaxError("double negation not allowed");
            }
            return new GoConstraint.Not(atom());
        }
        return atom();
    }

    private GoConstraint atom() {
        if (token.equals("(")) {
            GoConstraint x;
            try {
                x = or();
            } catch (SyntaxError e) {
                throw e.getMessage().equals("unexpected end of expression") ? new SyntaxError("missing close paren") : e;
            }
            if (!token.equals(")")) {
                throw new SyntaxError("missing close paren");
            }
            lex();
            return x;
        }
        if (!isTag) {
            throw new SyntaxError(token.isEmpty() ? "unexpected end of expression" : "unexpected token " + token);
        }
        String name = token;
        lex();
        return new GoConstraint.Tag(name);
    }

    private void lex() {
        isTag = false;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        int start = next;
        if (next >= text.length()) {
            token = "";
            return;
        }
        char c = text.charAt(next);
        if (c == '(' || c == ')' || c == '!') {
            token = text.substring(next, ++next);
            return;
        }
        if (c == '&' || c == '|') {
            if (next + 1 >= text.length() || text.charAt(next + 1) != c) {
                throw new SyntaxError("invalid syntax at " + c);
            }
            next += 2;
            token = text.substring(start, next);
            return;
        }
        while (next < text.length() && isTagCharacter(text.codePointAt(next))) {
            next += Character.charCount(text.codePointAt(next));
        }
        if (next == start) {
            throw new SyntaxError("invalid syntax at " + Character.toString(text.codePointAt(next)));
        }
        token = text.substring(start, next);
        isTag = true;
    }
}
