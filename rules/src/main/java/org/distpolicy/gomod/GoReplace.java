package org.distpolicy.gomod;

import java.io.Serializable;

/**
 * A replace directive line.
 *
 * @param oldVersion the replaced version, or null when every version of oldPath is replaced
 * @param newPath    a module path, or a directory when {@link #isLocalDirectory()}
 * @param newVersion the replacement's version, or null for a directory target
 * @param line       1-based line in the go.mod file
 */
public record GoReplace(String oldPath, String oldVersion, String newPath, String newVersion, int line)
        implements Serializable {

    /**
     * Whether the replacement is a directory on the builder's disk (modfile.IsDirectoryPath):
     * "./x", "../x", ".", "..", rooted paths, and their Windows spellings.
     */
    public boolean isLocalDirectory() {
        return GoModulePath.isDirectoryPath(newPath);
    }

    /** The left-hand side as written: "path" or "path version". */
    public String replaced() {
        return oldVersion == null ? oldPath : oldPath + " " + oldVersion;
    }

    /** The right-hand side as written: a directory, or "path version". */
    public String replacement() {
        return newVersion == null ? newPath : newPath + " " + newVersion;
    }
}
