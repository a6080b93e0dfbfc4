package org.distpolicy.cargo.cfg;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The key of a {@code [target.<key>]} table: a cfg expression, {@code cfg(unix)}, or a target name,
 * {@code x86_64-pc-windows-gnu}, as cargo-platform's {@code Platform} reads it.
 */
public sealed interface Platform extends Serializable permits Platform.Named, Platform.Conditional {

    /**
     * Reads a key the way cargo does: {@code cfg(} up to a final {@code )} is a cfg expression,
     * anything else a target name, which cargo does not look up, only checks for its characters.
     *
     * @throws CfgException with cargo's message when cargo would reject the key
     */
    static Platform parse(String key) throws CfgException {
        Objects.requireNonNull(key, "key");
        if (key.startsWith("cfg(") && key.endsWith(")")) {
            return new Conditional(CfgExpr.parse(key.substring("cfg(".length(), key.length() - 1)));
        }
        TargetName.check(key);
        return new Named(key);
    }

    /** Whether cargo would use the table's dependencies when building for the target. */
    boolean matches(TargetSpec target);

    /** Whether cargo would use the table's dependencies when building for one of the targets. */
    default boolean matchesAny(List<TargetSpec> targets) {
        return targets.stream().anyMatch(this::matches);
    }

    /** A target named in full: it matches that triple only, compared as written. */
    record Named(String name) implements Platform {
        public Named {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public boolean matches(TargetSpec target) {
            return name.equals(target.triple());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A {@code cfg(...)} key: it matches every target whose cfg set satisfies the expression. */
    record Conditional(CfgExpr expression) implements Platform {
        public Conditional {
            Objects.requireNonNull(expression, "expression");
        }

        @Override
        public boolean matches(TargetSpec target) {
            return expression.matches(target);
        }

        @Override
        public String toString() {
            return "cfg(" + expression + ")";
        }
    }
}
