package org.distpolicy.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** A gzip-compressed tar, the container of a .crate. */
public final class TarGzTree implements PackageTree {
    private final InputStream raw;

    public TarGzTree(InputStream raw) {
        this.raw = raw;
    }

    @Override
    public void read(EntryVisitor visitor) throws IOException, ArtifactProblem {
        InputStream gzip = new GzipCompressorInputStream(raw);
        TarArchiveInputStream tar = new TarArchiveInputStream(gzip);
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            visitor.visit(new TreeEntry(entry.getName(), typeOf(entry), entry.getSize(),
                    entry.isLink() || entry.isSymbolicLink() ? entry.getLinkName() : null), tar);
        }
        // Read what follows the end-of-archive records too, so a corrupt gzip trailer (its CRC) is noticed.
        gzip.transferTo(OutputStream.nullOutputStream());
    }

    private static EntryType typeOf(TarArchiveEntry entry) {
        if (entry.isSymbolicLink()) {
            return EntryType.SYMLINK;
        }
        if (entry.isLink()) {
            return EntryType.HARDLINK;
        }
        if (entry.isDirectory()) {
            return EntryType.DIRECTORY;
        }
        if (entry.isFile()) {
            return EntryType.FILE;
        }
        return EntryType.SPECIAL;
    }
}
