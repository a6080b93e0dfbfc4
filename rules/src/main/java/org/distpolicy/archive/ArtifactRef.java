package org.distpolicy.archive;

import java.io.Serializable;
import java.util.List;

/**
 * One artifact of the archive, as the listing found it, before it is read.
 *
 * @param path        relative to the archive root ('/'-separated): a file, or a directory for
 *                    {@link ArtifactKind#isDirectory()} kinds
 * @param sizeBytes   the file's size, or the sum of the directory's files
 * @param fileCount   1 for a file artifact, the number of files of a directory artifact
 * @param packageHint the package name the layout implies (crate name from "name-version", module
 *                    or import path), used when the artifact cannot be read; may be null
 * @param versionHint likewise for the version; may be null
 * @param companions  further files read with the artifact (a proxy zip's .mod and .info)
 * @param stamp       the {@link ListingStamp} of the artifact's files and companions: tells an
 *                    unchanged artifact without reading it; null when not built from a listing
 */
public record ArtifactRef(
        String path,
        ArtifactKind kind,
        long sizeBytes,
        int fileCount,
        String packageHint,
        String versionHint,
        List<String> companions,
        String stamp) implements Serializable {

    public ArtifactRef {
        companions = List.copyOf(companions);
    }

    /** A reference built without a listing (tests, single files): no stamp. */
    public ArtifactRef(String path, ArtifactKind kind, long sizeBytes, int fileCount, String packageHint, String versionHint,
                       List<String> companions) {
        this(path, kind, sizeBytes, fileCount, packageHint, versionHint, companions, null);
    }
}
