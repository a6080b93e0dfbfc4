package org.distpolicy.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * A zip read as a stream (a Go module zip), so it never has to fit in memory. Symlinks are
 * zip entries with the unix symlink mode; their content is the link target.
 */
public final class ZipTree implements PackageTree {
    private static final int MAX_LINK_TARGET = 4096;
    private final InputStream raw;

    public ZipTree(InputStream raw) {
        this.raw = raw;
    }

    @Override
    public void read(EntryVisitor visitor) throws IOException, ArtifactProblem {
        ZipArchiveInputStream zip = new ZipArchiveInputStream(raw, StandardCharsets.UTF_8.name(), true, true);
        ZipArchiveEntry entry;
        boolean any = false;
        while ((entry = zip.getNextEntry()) != null) {
            any = true;
            if (entry.isUnixSymlink()) {
                String target = new String(zip.readNBytes(MAX_LINK_TARGET), StandardCharsets.UTF_8);
                visitor.visit(new TreeEntry(entry.getName(), EntryType.SYMLINK, entry.getSize(), target), InputStream.nullInputStream());
            } else {
                visitor.visit(new TreeEntry(entry.getName(), entry.isDirectory() ? EntryType.DIRECTORY : EntryType.FILE,
                        entry.getSize(), null), zip);
            }
        }
        if (!any) {
            throw new IOException("no zip entries (empty file or not a zip archive)");
        }
        raw.transferTo(OutputStream.nullOutputStream());
    }
}
