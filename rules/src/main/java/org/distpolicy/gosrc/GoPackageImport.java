package org.distpolicy.gosrc;

import java.io.Serializable;
import java.util.Objects;

/**
 * A package's import of path, located at its first occurrence.
 *
 * @param file the importing file's path relative to the tree root
 * @param line 1-based line of the import in that file
 */
public record GoPackageImport(String path, String file, int line) implements Serializable {
    public GoPackageImport {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
    }
}
