package org.distpolicy.cargo;

import java.io.Serializable;
import java.util.Objects;

/**
 * An entry of {@code [patch.<source>]} or of the older {@code [replace]}.
 *
 * @param source {@code crates-io} or the source URL of {@code [patch.<source>]}; empty for {@code [replace]}
 * @param name the key: a crate name for patches, a package id spec such as {@code foo:0.1.0} for replaces
 * @param spec where the replacement comes from, read like any dependency
 */
public record CargoPatch(String source, String name, CargoDependency spec) implements Serializable {

    public CargoPatch {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
    }
}
