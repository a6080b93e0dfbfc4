package org.distpolicy.facts;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.distpolicy.cargo.CargoManifest;

/**
 * The Cargo.toml files below a crate's root (vendored crates, nested packages, test fixtures).
 * The crate is understood without them, so a broken or oversized one is only remembered.
 *
 * @param parsed      by path relative to the crate root (e.g. {@code vendor/libc/Cargo.toml}), sorted
 * @param unparseable paths of nested Cargo.toml files that could not be read or parsed, sorted
 */
public record NestedManifests(SortedMap<String, CargoManifest> parsed, List<String> unparseable) implements Serializable {
    public static final NestedManifests NONE = new NestedManifests(new TreeMap<>(), List.of());

    public NestedManifests {
        parsed = Collections.unmodifiableSortedMap(new TreeMap<>(parsed));
        unparseable = unparseable.stream().sorted().toList();
    }

    /** The directory of a nested manifest's path, with its trailing slash: {@code vendor/libc/}. */
    public static String directoryOf(String manifestPath) {
        return manifestPath.substring(0, manifestPath.lastIndexOf('/') + 1);
    }
}
