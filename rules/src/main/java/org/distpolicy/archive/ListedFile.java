package org.distpolicy.archive;

import java.io.Serializable;

/**
 * A file found when listing the archive; the path is relative to the archive root, with '/'.
 *
 * @param modifiedMillis the modification time (of the link itself for a link), 0 when the listing has none
 */
public record ListedFile(String path, long size, boolean symlink, long modifiedMillis) implements Serializable {
    public ListedFile(String path, long size) {
        this(path, size, false);
    }

    public ListedFile(String path, long size, boolean symlink) {
        this(path, size, symlink, 0);
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
