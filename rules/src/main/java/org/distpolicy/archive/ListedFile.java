package org.distpolicy.archive;

import java.io.Serializable;

/** A file found when listing the archive; the path is relative to the archive root, with '/'. */
public record ListedFile(String path, long size, boolean symlink) implements Serializable {
    public ListedFile(String path, long size) {
        this(path, size, false);
    }

    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The directory holding the file, "" at the root. */
    public String directory() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
