package org.distpolicy.cargo.cfg;

import java.util.ArrayList;
import java.util.List;
import org.distpolicy.cargo.cfg.CfgToken.Kind;

/** cargo-platform's recursive descent over a cfg expression, with its error messages. */
final class CfgParser {
    /**
     * Real keys nest four or five levels. Cargo has no limit and would overflow its stack on a hostile
     * manifest; here that would kill a Spark task, so such a key is refused instead.
     */
    static final int MAX_DEPTH = 128;

    private final CfgTokenizer tokens;

    private CfgParser(String input) {
        this.tokens = new CfgTokenizer(input);
    }

    static CfgExpr parse(String input) throws CfgException {
        CfgParser parser = new CfgParser(input);
        CfgExpr expression = parser.expression(1);
        String rest = parser.tokens.rest();
        if (rest != null) {
            throw parser.error("unexpected content `" + rest + "` found after cfg expression");
        }
        return expression;
    }

    private CfgExpr expression(int depth) throws CfgException {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
        CfgToken next = tokens.peek();
        if (next == null) {
            throw error("expected start of a cfg expression, but cfg expression ended");
        }
        if (next.isOperator("all") || next.isOperator("any")) {
            tokens.next();
            List<CfgExpr> operands = operands(depth);
            return next.text().equals("all") ? new CfgExpr.All(operands) : new CfgExpr.Any(operands);
        }
        if (next.isOperator("not")) {
            tokens.next();
            expect(Kind.LEFT_PAREN);
            CfgExpr operand = expression(depth + 1);
            expect(Kind.RIGHT_PAREN);
            return new CfgExpr.Not(operand);
        }
        return predicate();
    }

    /** The parenthesised list of all(...) or any(...): maybe empty, maybe with a trailing comma. */
    private List<CfgExpr> operands(int depth) throws CfgException {
        List<CfgExpr> operands = new ArrayList<>();
        expect(Kind.LEFT_PAREN);
        while (!tokens.consumeIf(Kind.RIGHT_PAREN)) {
            operands.add(expression(depth + 1));
            if (!tokens.consumeIf(Kind.COMMA)) {
                expect(Kind.RIGHT_PAREN);
                break;
            }
        }
        return operands;
    }

    /** {@code name} or {@code key = "value"}; {@code true} and {@code false} are literals, raw or not. */
    private CfgExpr predicate() throws CfgException {
        CfgToken name = tokens.next();
        if (!name.is(Kind.IDENTIFIER)) {
            throw error("expected identifier, found " + name.kind().description());
        }
        if (tokens.consumeIf(Kind.EQUALS)) {
            CfgToken value = tokens.next();
            if (value == null) {
                throw error("expected a string, but cfg expression ended");
            }
            if (!value.is(Kind.STRING)) {
                throw error("expected a string, found " + value.kind().description());
            }
            return new CfgExpr.KeyValue(name.text(), value.text());
        }
        return switch (name.text()) {
            case "true" -> new CfgExpr.Literal(true);
            case "false" -> new CfgExpr.Literal(false);
            default -> new CfgExpr.Name(name.text());
        };
    }

    private void expect(Kind kind) throws CfgException {
        CfgToken token = tokens.next();
        if (token == null) {
            throw error("expected " + kind.description() + ", but cfg expression ended");
        }
        if (!token.is(kind)) {
            throw error("expected " + kind.description() + ", found " + token.kind().description());
        }
    }

    private CfgException error(String reason) {
        return new CfgException(tokens.input(), reason);
    }
}
