package org.distpolicy.cargo;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Cargo.toml as written, either the normalized one {@code cargo package} puts in a .crate or a
 * developer's Cargo.toml.orig; workspace inheritance is recorded, not resolved.
 *
 * @param pkg null for a virtual manifest (a workspace root without {@code [package]})
 * @param dependencies every dependency table, untargeted ones first, then each {@code [target.*]} in order
 * @param features {@code [features]} in the order written, which is the order a maintainer reads them
 * @param patches the entries of every {@code [patch.<source>]}
 * @param replaces the entries of {@code [replace]}
 * @param inheritedKeys dotted keys whose value is {@code { workspace = true }}, e.g. {@code package.version},
 *     {@code dependencies.serde}, {@code lints}
 * @param hasWorkspaceTable whether the manifest has a {@code [workspace]} table, i.e. is a workspace root
 * @param targets the explicitly declared targets
 */
public record CargoManifest(
        CargoPackage pkg,
        List<CargoDependency> dependencies,
        Map<String, List<String>> features,
        List<CargoPatch> patches,
        List<CargoPatch> replaces,
        List<String> inheritedKeys,
        boolean hasWorkspaceTable,
        List<CargoTarget> targets)
        implements Serializable {

    public CargoManifest {
        dependencies = List.copyOf(dependencies);
        features = copyKeepingOrder(features);
        patches = List.copyOf(patches);
        replaces = List.copyOf(replaces);
        inheritedKeys = List.copyOf(inheritedKeys);
        targets = List.copyOf(targets);
    }

    private static Map<String, List<String>> copyKeepingOrder(Map<String, List<String>> features) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        features.forEach((feature, enables) -> copy.put(feature, List.copyOf(enables)));
        return Collections.unmodifiableMap(copy);
    }
}
