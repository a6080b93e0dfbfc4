package org.distpolicy.cargo.cfg;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The expression inside {@code cfg(...)} of a {@code [target.'cfg(...)']} key, as cargo-platform
 * reads it. {@link #toString()} writes it back the way cargo displays it, and parsing that text gives
 * an equal expression.
 */
public sealed interface CfgExpr extends Serializable
        permits CfgExpr.All, CfgExpr.Any, CfgExpr.Not, CfgExpr.Name, CfgExpr.KeyValue, CfgExpr.Literal {

    /**
     * Reads an expression with cargo-platform's grammar: {@code all(...)}, {@code any(...)} (both
     * may be empty and take a trailing comma), {@code not(...)}, names, {@code key = "value"} pairs,
     * {@code true} and {@code false}; raw identifiers ({@code r#name}) stand for their name.
     *
     * @param expression the text between {@code cfg(} and the closing parenthesis
     * @throws CfgException with cargo's message when cargo would reject the expression, or when it
     *     nests deeper than cargo could sensibly mean
     */
    static CfgExpr parse(String expression) throws CfgException {
        return CfgParser.parse(Objects.requireNonNull(expression, "expression"));
    }

    /** Whether the expression holds for the target's cfg set. */
    boolean matches(TargetSpec target);

    /** {@code all(a, b)}: true when every operand is, so {@code all()} is true. */
    record All(List<CfgExpr> operands) implements CfgExpr {
        public All {
            operands = List.copyOf(operands);
        }

        @Override
        public boolean matches(TargetSpec target) {
            return operands.stream().allMatch(operand -> operand.matches(target));
        }

        @Override
        public String toString() {
            return "all(" + join(operands) + ")";
        }
    }

    /** {@code any(a, b)}: true when some operand is, so {@code any()} is false. */
    record Any(List<CfgExpr> operands) implements CfgExpr {
        public Any {
            operands = List.copyOf(operands);
        }

        @Override
        public boolean matches(TargetSpec target) {
            return operands.stream().anyMatch(operand -> operand.matches(target));
        }

        @Override
        public String toString() {
            return "any(" + join(operands) + ")";
        }
    }

    /** {@code not(a)}. */
    record Not(CfgExpr operand) implements CfgExpr {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public boolean matches(TargetSpec target) {
            return !operand.matches(target);
        }

        @Override
        public String toString() {
            return "not(" + operand + ")";
        }
    }

    /** A cfg name such as {@code unix}, {@code windows} or {@code debug_assertions}. */
    record Name(String name) implements CfgExpr {
        public Name {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public boolean matches(TargetSpec target) {
            return target.hasName(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A pair such as {@code target_os = "linux"}; true when the key has that value among others. */
    record KeyValue(String key, String value) implements CfgExpr {
        public KeyValue {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean matches(TargetSpec target) {
            return target.hasKeyValue(key, value);
        }

        @Override
        public String toString() {
            return key + " = \"" + value + "\"";
        }
    }

    /** {@code true} or {@code false}, which cargo reads as constants rather than as cfg names. */
    record Literal(boolean value) implements CfgExpr {
        @Override
        public boolean matches(TargetSpec target) {
            return value;
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    private static String join(List<CfgExpr> operands) {
        return operands.stream().map(CfgExpr::toString).collect(Collectors.joining(", "));
    }
}
