package org.distpolicy.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalArchiveAccessTest {
    @TempDir
    Path root;

    @Test
    void walksInWalkOrderOwnFilesBeforeSubdirectoriesAndNeverIntoLinks() throws IOException {
        for (String path : List.of("z.crate", "a/zz.txt", "a/b/x.rs", "a/aa.txt", "a-b/y", "c/d/e/f")) {
            Files.createDirectories(root.resolve(path).getParent());
            Files.writeString(root.resolve(path), path);
        }
        Files.createSymbolicLink(root.resolve("a/link"), root.resolve("c"));
        List<String> walked = new LocalArchiveAccess(root).listFiles("").stream().map(ListedFile::path).toList();
        assertEquals(List.of("z.crate", "a/aa.txt", "a/link", "a/zz.txt", "a/b/x.rs", "a-b/y", "c/d/e/f"), walked);
        assertEquals(List.of("a/aa.txt", "a/link", "a/zz.txt", "a/b/x.rs"), new LocalArchiveAccess(root).listFiles("a").stream().map(ListedFile::path).toList());
    }
}
