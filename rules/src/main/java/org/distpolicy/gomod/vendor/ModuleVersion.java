package org.distpolicy.gomod.vendor;

import java.io.Serializable;
import java.util.Objects;

/**
 * module.Version as vendor/modules.txt and go.mod use it: a module path and a version, or a
 * directory path with an empty version (a replacement target, or a replace of every version).
 */
public record ModuleVersion(String path, String version) implements Serializable {
    public ModuleVersion {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(version, "version");
    }

    static ModuleVersion of(String path, String versionOrNull) {
        return new ModuleVersion(path, versionOrNull == null ? "" : versionOrNull);
    }

    /** "path@version", or "path" without a version: how cmd/go names a module in its messages. */
    @Override
    public String toString() {
        return version.isEmpty() ? path : path + "@" + version;
    }
}
