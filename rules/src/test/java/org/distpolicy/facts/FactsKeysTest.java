package org.distpolicy.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.distpolicy.archive.ArchiveAccess;
import org.distpolicy.archive.ArchiveLayout;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.LocalArchiveAccess;
import org.distpolicy.archive.ReadLimits;
import org.distpolicy.datasets.Entry;
import org.distpolicy.datasets.PackageWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key changes exactly when what a scan of the artifact depends on changes. */
class FactsKeysTest {
    private static final String SALT = FactsKeys.salt("1.0", ReadLimits.defaults());
    private static final String CRATE = "serde-1.0.0.crate";
    private static final String DIRECTORY = "registry/log-0.4.0";

    private static Map<String, ArtifactRef> listed(ArchiveAccess archive) throws IOException {
        return ArchiveLayout.classify(archive.listFiles("")).stream().collect(Collectors.toMap(ArtifactRef::path, Function.identity()));
    }

    private static String key(Path root, String artifact, boolean trustMtime) throws IOException {
        ArchiveAccess archive = new LocalArchiveAccess(root);
        return new FactsKeys(archive, SALT, trustMtime).key(listed(archive).get(artifact));
    }

    private static void archive(Path root, String lib) throws IOException {
        PackageWriter.crate(root, "serde", "1.0.0", List.of(Entry.file("Cargo.toml", "[package]\nname = \"serde\"\nversion = \"1.0.0\"\n"),
                Entry.file("src/lib.rs", lib)));
        PackageWriter.directory(root.resolve(DIRECTORY), List.of(Entry.file("Cargo.toml", "[package]\nname = \"log\"\nversion = \"0.4.0\"\n")));
    }

    @Test
    void aFileArtifactIsKeyedByItsBytesUnlessModificationTimesAreTrusted(@TempDir Path root) throws IOException {
        archive(root, "");
        Path crate = root.resolve(CRATE);
        Files.setLastModifiedTime(crate, FileTime.fromMillis(1_000_000));
        String byBytes = key(root, CRATE, false);
        String byTime = key(root, CRATE, true);

        Files.setLastModifiedTime(crate, FileTime.fromMillis(2_000_000));
        assertEquals(byBytes, key(root, CRATE, false), "touched, same bytes");
        assertNotEquals(byTime, key(root, CRATE, true), "touched: a trusted mtime says changed");

        archive(root, "pub fn f() {}");
        Files.setLastModifiedTime(crate, FileTime.fromMillis(2_000_000));
        assertNotEquals(byBytes, key(root, CRATE, false), "other bytes");
    }

    @Test
    void aDirectoryIsKeyedByItsListingAndTheSaltByVersionAndLimits(@TempDir Path root) throws IOException {
        archive(root, "");
        String before = key(root, DIRECTORY, false);
        assertEquals(before, key(root, DIRECTORY, true), "directories are always keyed by their listing");
        Files.writeString(root.resolve(DIRECTORY).resolve("README.md"), "hello");
        assertNotEquals(before, key(root, DIRECTORY, false), "a file added");

        ArchiveAccess archive = new LocalArchiveAccess(root);
        ArtifactRef crate = listed(archive).get(CRATE);
        assertNotEquals(new FactsKeys(archive, SALT, false).key(crate),
                new FactsKeys(archive, FactsKeys.salt("1.1", ReadLimits.defaults()), false).key(crate), "another version");
        assertNotEquals(new FactsKeys(archive, SALT, false).key(crate),
                new FactsKeys(archive, FactsKeys.salt("1.0", new ReadLimits(1 << 20, 10, 10, 1 << 10)), false).key(crate), "other limits");
    }

    @Test
    void aFileThatCannotBeReadHasNoKey(@TempDir Path root) throws IOException {
        archive(root, "");
        ArchiveAccess archive = new LocalArchiveAccess(root);
        ArtifactRef crate = listed(archive).get(CRATE);
        Files.delete(root.resolve(CRATE));
        assertNull(new FactsKeys(archive, SALT, false).key(crate));
    }
}
