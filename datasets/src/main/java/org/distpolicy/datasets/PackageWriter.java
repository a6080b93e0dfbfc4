package org.distpolicy.datasets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Writes packages in the layouts distpolicy reads, reproducibly (fixed times, owners, order):
 * .crate files, Go module zips and unpacked directories.
 */
public final class PackageWriter {
    /** 2026-01-01T00:00:00Z: a fixed time keeps generated archives byte-for-byte reproducible. */
    private static final long FIXED_TIME_MILLIS = 1_767_225_600_000L;

    private PackageWriter() {
    }

    /** A gzip tar with every entry name as given (a .crate puts them under "name-version/"). */
    public static void tarGz(Path file, List<Entry> entries) throws IOException {
        write(file, tarGzBytes(entries));
    }

    public static byte[] tarGzBytes(List<Entry> entries) throws IOException {
        GzipParameters gzip = new GzipParameters();
        gzip.setModificationTime(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out, gzip))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Entry entry : entries) {
                TarArchiveEntry tarEntry = switch (entry.type()) {
                    case FILE -> new TarArchiveEntry(entry.name(), true);
                    case SYMLINK -> new TarArchiveEntry(entry.name(), TarConstants.LF_SYMLINK, true);
                    case HARDLINK -> new TarArchiveEntry(entry.name(), TarConstants.LF_LINK, true);
                };
                tarEntry.setModTime(FIXED_TIME_MILLIS);
                tarEntry.setUserId(0);
                tarEntry.setGroupId(0);
                tarEntry.setUserName("");
                tarEntry.setGroupName("");
                if (entry.type() == Entry.Type.FILE) {
                    tarEntry.setMode(0100644);
                    tarEntry.setSize(entry.content().length);
                } else {
                    tarEntry.setLinkName(entry.linkTarget());
                }
                tar.putArchiveEntry(tarEntry);
                tar.write(entry.content());
                tar.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    /** A .crate: entries go under "name-version/". */
    public static void crate(Path directory, String name, String version, List<Entry> entries) throws IOException {
        write(directory.resolve(name + "-" + version + ".crate"), crateBytes(name, version, entries));
    }

    public static byte[] crateBytes(String name, String version, List<Entry> entries) throws IOException {
        String root = name + "-" + version + "/";
        return tarGzBytes(entries.stream().map(e -> new Entry(root + e.name(), e.content(), e.type(), e.linkTarget())).toList());
    }

    /** A zip with every entry name as given (a Go module zip puts them under "module@version/"). */
    public static void zip(Path file, List<Entry> entries) throws IOException {
        Files.createDirectories(file.getParent());
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(file))) {
            for (Entry entry : entries) {
                ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.name());
                zipEntry.setTime(FIXED_TIME_MILLIS);
                if (entry.type() == Entry.Type.SYMLINK) {
                    zipEntry.setUnixMode(0120777);
                    zip.putArchiveEntry(zipEntry);
                    zip.write(entry.linkTarget().getBytes(StandardCharsets.UTF_8));
                } else {
                    zipEntry.setUnixMode(0100644);
                    zip.putArchiveEntry(zipEntry);
                    zip.write(entry.content());
                }
                zip.closeArchiveEntry();
            }
        }
    }

    /**
     * A module version in the Go module proxy layout: {@code <escaped module>/@v/<version>.zip},
     * {@code .mod} and {@code .info}, below {@code proxyRoot}. The zip holds the files under
     * "module@version/"; the .mod is the module's go.mod.
     */
    public static void proxyModule(Path proxyRoot, String module, String version, String goMod, List<Entry> files) throws IOException {
        String escaped = escapeModulePath(module);
        Path versions = proxyRoot.resolve(escaped).resolve("@v");
        String root = escaped + "@" + version + "/";
        List<Entry> zipped = new java.util.ArrayList<>();
        if (goMod != null) {
            zipped.add(Entry.file(root + "go.mod", goMod));
        }
        files.forEach(e -> zipped.add(new Entry(root + e.name(), e.content(), e.type(), e.linkTarget())));
        zip(versions.resolve(version + ".zip"), zipped);
        write(versions.resolve(version + ".mod"), goMod != null ? goMod : "module " + module + "\n");
        write(versions.resolve(version + ".info"), "{\"Version\":\"" + version + "\",\"Time\":\"2026-01-01T00:00:00Z\"}\n");
    }

    /** An unpacked package: each entry becomes a file (or symlink) below {@code directory}. */
    public static void directory(Path directory, List<Entry> entries) throws IOException {
        for (Entry entry : entries) {
            Path file = directory.resolve(entry.name());
            Files.createDirectories(file.getParent());
            if (entry.type() == Entry.Type.SYMLINK) {
                Files.deleteIfExists(file);
                Files.createSymbolicLink(file, Path.of(entry.linkTarget()));
            } else {
                Files.write(file, entry.content());
                Files.setLastModifiedTime(file, FileTime.fromMillis(FIXED_TIME_MILLIS));
            }
        }
    }

    public static void write(Path file, String content) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    /** cmd/go's case encoding for module paths on case-insensitive filesystems: "BurntSushi" → "!burnt!sushi". */
    static String escapeModulePath(String module) {
        StringBuilder out = new StringBuilder();
        for (char c : module.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('!').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
