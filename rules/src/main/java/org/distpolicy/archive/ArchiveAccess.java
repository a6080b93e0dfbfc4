package org.distpolicy.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Read access to the archive, by paths relative to its root. Spark executors implement it over
 * a Hadoop filesystem; tests and single-machine tools over the local one.
 */
public interface ArchiveAccess {
    InputStream open(String path) throws IOException;

    /** Every file below {@code directory}, recursively, with paths relative to the archive root; links are not followed. */
    List<ListedFile> listFiles(String directory) throws IOException;

    /** A link's target as written, or null when the path is no link. */
    String linkTarget(String path) throws IOException;
}
