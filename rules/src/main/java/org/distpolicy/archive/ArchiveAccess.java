package org.distpolicy.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Read access to the archive, by paths relative to its root. Listings never follow links: a
 * link is listed as a link, so nothing outside the archive is ever listed or read. Serializable:
 * Spark ships it to the executors that read the artifacts.
 */
public interface ArchiveAccess extends Serializable {
    InputStream open(String path) throws IOException;

    /** A link's target as written, or null when the path is no link. */
    String linkTarget(String path) throws IOException;

    /**
     * Streams every file and link below {@code directory}, recursively, with paths relative to the
     * archive root, in the walk order {@link ArchiveLayout} needs to hold only the directory
     * trees it is in: depth first, a directory's own files before its subdirectories,
     * subdirectories by name ({@link ArchiveLayout#WALK_ORDER}), and a directory's package
     * markers ({@link ArchiveLayout#isPackageMarker}) before its other files.
     */
    void forEachFile(String directory, FileConsumer consumer) throws IOException;

    default List<ListedFile> listFiles(String directory) throws IOException {
        List<ListedFile> files = new ArrayList<>();
        forEachFile(directory, files::add);
        return files;
    }

    @FunctionalInterface
    interface FileConsumer {
        void accept(ListedFile file) throws IOException;
    }
}
