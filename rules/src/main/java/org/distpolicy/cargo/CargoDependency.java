package org.distpolicy.cargo;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.distpolicy.resolve.DependencyKind;

/**
 * One entry of a dependency table, as written: nothing is resolved against a workspace or a registry.
 *
 * @param name the key as written; features and {@code dep:} entries refer to the dependency by it
 * @param packageName the crate on the registry: {@code package = "..."} when renamed, else {@code name}
 * @param versionReq the version requirement, null when none is written (path, git or inherited)
 * @param target null for untargeted tables, else the raw key of {@code [target.<key>]}, e.g.
 *     {@code cfg(windows)} or {@code x86_64-pc-windows-gnu}
 * @param gitRef {@code branch=...}, {@code tag=...} or {@code rev=...}; several are joined with a comma
 *     (cargo rejects that, and a policy check should be able to say so rather than lose the manifest)
 * @param workspaceInherited {@code { workspace = true }}: version and source live in the workspace root
 * @param tableName the dotted table the entry was read from, for messages, e.g.
 *     {@code target.'cfg(windows)'.dev-dependencies}
 */
public record CargoDependency(
        String name,
        String packageName,
        String versionReq,
        DependencyKind kind,
        String target,
        boolean optional,
        boolean defaultFeatures,
        List<String> features,
        String path,
        String git,
        String gitRef,
        String registry,
        String registryIndex,
        boolean workspaceInherited,
        String tableName)
        implements Serializable {

    public CargoDependency {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tableName, "tableName");
        features = List.copyOf(features);
    }

    /** True when the crate is imported under another name than the one it is published as. */
    public boolean isRenamed() {
        return !name.equals(packageName);
    }
}
