package org.distpolicy.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalArchiveAccessTest {
    @TempDir
    Path root;

    @Test
    void walksInWalkOrderMarkersThenOwnFilesThenSubdirectoriesAndNeverIntoLinks() throws IOException {
        List<String> paths = List.of("z.crate", "a/zz.txt", "a/b/x.rs", "a/aa.txt", "a/go.mod", "a/Cargo.toml", "a-b/y", "c/d/e/f");
        for (String path : paths) {
            Files.createDirectories(root.resolve(path).getParent());
            Files.writeString(root.resolve(path), path);
        }
        Files.createSymbolicLink(root.resolve("a/link"), root.resolve("c"));
        List<ListedFile> walked = new LocalArchiveAccess(root).listFiles("");

        assertEquals(Set.of("z.crate", "a/zz.txt", "a/b/x.rs", "a/aa.txt", "a/go.mod", "a/Cargo.toml", "a-b/y", "c/d/e/f", "a/link"),
                Set.copyOf(walked.stream().map(ListedFile::path).toList()), "every file once, the link as a link");
        assertTrue(walked.stream().filter(f -> f.path().equals("a/link")).findFirst().orElseThrow().symlink());
        assertEquals(List.of("", "a", "a/b", "a-b", "c/d/e"), walked.stream().map(ListedFile::directory).distinct().toList(),
                "directories in walk order, each one's files together");
        List<String> ofA = walked.stream().filter(f -> f.directory().equals("a")).map(ListedFile::name).toList();
        assertEquals(List.of("Cargo.toml", "go.mod"), ofA.subList(0, 2), "package markers first, by name: " + ofA);
    }

    @Test
    void aDirectoryWithMoreFilesThanTheWalkHoldsIsListedAlikeInASecondPass() throws IOException {
        Path flat = Files.createDirectories(root.resolve("crates"));
        int crates = LocalArchiveAccess.HELD_PER_DIRECTORY + 1;
        for (int i = 0; i < crates; i++) {
            Files.writeString(flat.resolve("c" + i + "-1.0.0.crate"), "x");
        }
        Files.writeString(flat.resolve("go.mod"), "module example.org/m\n");
        Files.createDirectories(flat.resolve("sub"));
        Files.writeString(flat.resolve("sub/z.rs"), "z");
        List<ListedFile> walked = new LocalArchiveAccess(root).listFiles("");

        assertEquals(crates + 2, walked.size());
        assertEquals(crates + 2, Set.copyOf(walked.stream().map(ListedFile::path).toList()).size(), "every file once");
        assertEquals("crates/go.mod", walked.get(0).path(), "the package marker first");
        assertEquals("crates/sub/z.rs", walked.get(walked.size() - 1).path(), "the subdirectory after the directory's own files");
        assertTrue(walked.stream().allMatch(f -> f.size() == (f.name().equals("go.mod") ? 21 : 1)), "sizes from each file's attributes");
    }

    @Test
    void aLayoutFedByTheWalkClassifiesAsFromASortedListing() throws IOException {
        for (String path : List.of("crates/b-1.0.0.crate", "crates/a-2.0.0.crate", "registry/c-1.0.0/src/lib.rs", "registry/c-1.0.0/Cargo.toml",
                "gocode/src/github.com/x/y/z.go", "gocode/src/github.com/x/y/sub/Cargo.toml")) {
            Files.createDirectories(root.resolve(path).getParent());
            Files.writeString(root.resolve(path), path);
        }
        LocalArchiveAccess access = new LocalArchiveAccess(root);
        Set<ArtifactRef> streamed = new HashSet<>();
        ArchiveLayout layout = new ArchiveLayout(streamed::add);
        access.forEachFile("", layout::add);
        layout.finish();
        assertEquals(Set.copyOf(ArchiveLayout.classify(access.listFiles(""))), streamed);
        assertEquals(4, streamed.size());
        assertFalse(streamed.stream().anyMatch(a -> a.path().endsWith("sub")), "the crate inside the Go tree is part of it");
    }
}
