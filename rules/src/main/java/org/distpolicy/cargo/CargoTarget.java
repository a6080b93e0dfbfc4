package org.distpolicy.cargo;

import java.io.Serializable;
import java.util.Objects;

/**
 * A target declared explicitly with {@code [lib]}, {@code [[bin]]}, {@code [[example]]}, {@code [[test]]}
 * or {@code [[bench]]}. Targets cargo discovers from the file layout are not listed.
 *
 * @param name null when not written (cargo derives it from the package or file name)
 * @param path null when not written (cargo uses its default layout)
 */
public record CargoTarget(Kind kind, String name, String path) implements Serializable {

    public enum Kind {
        LIB,
        BIN,
        EXAMPLE,
        TEST,
        BENCH
    }

    public CargoTarget {
        Objects.requireNonNull(kind, "kind");
    }
}
