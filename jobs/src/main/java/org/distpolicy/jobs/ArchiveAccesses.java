package org.distpolicy.jobs;

import java.net.URI;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.distpolicy.archive.ArchiveAccess;
import org.distpolicy.archive.LocalArchiveAccess;

/** Picks how to reach an archive root from its URI. */
final class ArchiveAccesses {
    private ArchiveAccesses() {
    }

    /**
     * file: (or a plain path) goes through java.nio, which never follows links and never forks:
     * Hadoop's local filesystem follows symlinks (a link to / would be walked) and, for every
     * file it lists with owners, runs a shell command (17 minutes instead of 30 seconds on
     * Debian's 190,000 crate and Go files). Every other scheme goes through Hadoop.
     */
    static ArchiveAccess forRoot(String root, Configuration conf) {
        URI uri = URI.create(root.replace(" ", "%20"));
        if (uri.getScheme() == null) {
            return new LocalArchiveAccess(Path.of(root));
        }
        if (uri.getScheme().equals("file")) {
            return new LocalArchiveAccess(Path.of(uri));
        }
        return new HadoopArchiveAccess(root, conf);
    }
}
