package org.distpolicy.datasets.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticArchiveTest {
    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers(@TempDir Path dir) throws IOException {
        SyntheticArchive.Summary first = SyntheticArchive.write(dir.resolve("a"), 300, 40, 7, 0.1);
        SyntheticArchive.write(dir.resolve("b"), 300, 40, 7, 0.1);
        SyntheticArchive.write(dir.resolve("c"), 300, 40, 8, 0.1);
        List<Path> files = files(dir.resolve("a"));
        assertEquals(files, files(dir.resolve("b")));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)), Files.readAllBytes(dir.resolve("b").resolve(file)), file.toString());
        }
        assertNotEquals(Files.readString(dir.resolve("a/ground-truth.tsv")), Files.readString(dir.resolve("c/ground-truth.tsv")));
        assertTrue(first.crateVersions() > 300, "popular crates have several version lines");
        assertEquals(first.artifacts(), files.stream().filter(f -> f.toString().endsWith(".crate") || f.toString().endsWith(".zip")
                || f.getFileName().toString().equals("go.mod") || f.getFileName().toString().equals("README.txt")).count());
        assertThrows(IOException.class, () -> SyntheticArchive.write(dir.resolve("a"), 1, 1, 1, 0.1), "never writes over an archive");
    }

    @Test
    void groundTruthHasEveryInjectedKindAndTransitiveBreakage(@TempDir Path dir) throws IOException {
        SyntheticArchive.write(dir, 400, 120, 3, 0.2);
        List<String> truth = GroundTruth.read(dir.resolve(GroundTruth.FILE_NAME));
        for (String rule : SyntheticArchive.INJECTED_RULES) {
            assertTrue(truth.stream().anyMatch(l -> l.startsWith(rule + "\t")), rule);
        }
        try (Stream<Path> crates = Files.list(dir.resolve("archive/crates"))) {
            assertTrue(crates.filter(p -> p.getFileName().toString().startsWith("serde-0-")).count() >= 2, "the most popular crate has version lines");
        }
    }

    @Test
    void aNodeBrokenFirstThroughItsOwnFeatureIsNotReported() {
        BreakagePropagation graph = new BreakagePropagation();
        graph.seed("a@1#");
        graph.edge("b@1#", List.of("a@1#"), false);
        graph.edge("b@1#x", List.of("b@1#"), true);
        graph.edge("b@1#x", List.of("c@1#"), false);
        graph.edge("c@1#", List.of("b@1#"), false);
        graph.edge("d@1#", List.of("a@1#", "e@1#"), false);
        assertEquals(Map.of("b@1#", true, "b@1#x", false, "c@1#", true), graph.transitivelyBroken(),
                "b/x breaks through b in round 2, before c (round 2 too, so c's edge completes only in round 3); d keeps a good satisfier");
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
