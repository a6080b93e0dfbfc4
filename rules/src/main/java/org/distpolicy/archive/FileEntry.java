package org.distpolicy.archive;

import java.io.Serializable;

/** A regular file of a package: path relative to the package root, size, and content hash (hex sha256). */
public record FileEntry(String path, long size, String sha256) implements Serializable {
}
