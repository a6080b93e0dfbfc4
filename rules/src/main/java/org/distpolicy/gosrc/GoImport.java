package org.distpolicy.gosrc;

import java.io.Serializable;
import java.util.Objects;

/**
 * One import of a Go file.
 *
 * @param path the import path, unquoted, escapes decoded
 * @param line 1-based line of the import spec (its name, if it has one, else its path)
 */
public record GoImport(String path, int line) implements Serializable {
    public GoImport {
        Objects.requireNonNull(path, "path");
    }
}
