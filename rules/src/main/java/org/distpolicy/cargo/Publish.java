package org.distpolicy.cargo;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Where {@code package.publish} lets the package be published.
 *
 * @param scope what the manifest says
 * @param registries the registry names when {@code scope} is {@link Scope#LISTED_REGISTRIES}, else empty
 */
public record Publish(Scope scope, List<String> registries) implements Serializable {

    public enum Scope {
        /** {@code publish = true}, or no {@code publish} key: cargo's default. */
        ANY_REGISTRY,
        /** {@code publish = false}, or an empty list, which cargo reads the same way. */
        NONE,
        /** {@code publish = ["name", ...]}. */
        LISTED_REGISTRIES,
        /** {@code publish = "nested"}, from the nested-packages RFC: only shipped inside a parent package. */
        NESTED
    }

    public static final Publish ANY_REGISTRY = new Publish(Scope.ANY_REGISTRY, List.of());
    public static final Publish NONE = new Publish(Scope.NONE, List.of());
    public static final Publish NESTED = new Publish(Scope.NESTED, List.of());

    public Publish {
        Objects.requireNonNull(scope, "scope");
        registries = List.copyOf(registries);
        if ((scope == Scope.LISTED_REGISTRIES) == registries.isEmpty()) {
            throw new IllegalArgumentException("registries must be listed exactly when scope is LISTED_REGISTRIES");
        }
    }

    /** The scope a {@code publish = [...]} list means: an empty list forbids publishing anywhere. */
    public static Publish onlyTo(List<String> registries) {
        return registries.isEmpty() ? NONE : new Publish(Scope.LISTED_REGISTRIES, registries);
    }
}
