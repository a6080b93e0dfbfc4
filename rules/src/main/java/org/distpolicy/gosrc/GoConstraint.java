package org.distpolicy.gosrc;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A Go file's build constraint (go/build/constraint): its //go:build expression, or else the AND
 * of its legacy "// +build" lines, or {@link #NONE}. {@code toString} gives the //go:build syntax.
 * And and Or are n-ary so that long legacy lines stay flat instead of nesting deeply.
 */
public sealed interface GoConstraint extends Serializable {
    /** The constraint of a file without one: it builds everywhere. */
    GoConstraint NONE = new None();

    /** Whether the constraint holds when exactly the tags accepted by tagSatisfied are set. */
    boolean eval(Predicate<String> tagSatisfied);

    /** No constraint. */
    record None() implements GoConstraint {
        @Override
        public boolean eval(Predicate<String> tagSatisfied) {
            return true;
        }

        @Override
        public String toString() {
            return "";
        }
    }

    /** A build tag such as "linux", "cgo" or "go1.21". */
    record Tag(String name) implements GoConstraint {
        public Tag {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public boolean eval(Predicate<String> tagSatisfied) {
            return tagSatisfied.test(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Not(GoConstraint operand) implements GoConstraint {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public boolean eval(Predicate<String> tagSatisfied) {
            return !operand.eval(tagSatisfied);
        }

        @Override
        public String toString() {
            return operand instanceof Tag || operand instanceof Not ? "!" + operand : "!(" + operand + ")";
        }
    }

    record And(List<GoConstraint> operands) implements GoConstraint {
        public And {
            operands = List.copyOf(operands);
        }

        @Override
        public boolean eval(Predicate<String> tagSatisfied) {
            // Every operand is evaluated, like Go, so a recording predicate sees every tag consulted.
            boolean all = true;
            for (GoConstraint operand : operands) {
                all &= operand.eval(tagSatisfied);
            }
            return all;
        }

        @Override
        public String toString() {
            return operands.stream()
                    .map(x -> x instanceof Or ? "(" + x + ")" : x.toString())
                    .collect(Collectors.joining(" && "));
        }
    }

    record Or(List<GoConstraint> operands) implements GoConstraint {
        public Or {
            operands = List.copyOf(operands);
        }

        @Override
        public boolean eval(Predicate<String> tagSatisfied) {
            boolean any = false;
            for (GoConstraint operand : operands) {
                any |= operand.eval(tagSatisfied);
            }
            return any;
        }

        @Override
        public String toString() {
            return operands.stream().map(GoConstraint::toString).collect(Collectors.joining(" || "));
        }
    }

    /**
     * A //go:build line that does not parse. The go command refuses such a file, so it never
     * builds; the file header's problem says why.
     *
     * @param expression the text after "//go:build"
     * @param reason     what is wrong, in go/build/constraint's words
     */
    record Invalid(String expression, String reason) implements GoConstraint {
        public Invalid {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean eval(Predicate<String> tagSatisfied) {
            return false;
        }

        @Override
        public String toString() {
            return expression;
        }
    }
}
