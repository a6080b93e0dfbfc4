package org.distpolicy.datasets.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
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
    void aPinForAConflictExcludesTheVersionAnotherDependencyNeedsAndNoOtherTreeReachesIt() {
        SyntheticCrates model = new SyntheticCrates(600, 5, 0.2);
        List<SyntheticCrates.CrateVersion> versions = model.versions();
        List<SyntheticCrates.CrateVersion> pinning = versions.stream().filter(v -> v.problem() == SyntheticCrates.Problem.RESOLUTION_CONFLICT).toList();
        assertFalse(pinning.isEmpty());
        for (SyntheticCrates.CrateVersion crate : pinning) {
            SyntheticCrates.Dependency pin = crate.dependencies().stream().filter(d -> d.req() != null && d.req().startsWith("=")).findFirst().orElseThrow();
            String pinned = pin.req().substring(1);
            String line = pinned.substring(0, pinned.indexOf('.'));
            List<String> archived = versions.stream().filter(v -> v.name().equals(pin.crate())).map(SyntheticCrates.CrateVersion::version).toList();
            assertTrue(archived.contains(pinned), crate.name() + " pins an archived version");
            // Beside the pin x.(r-1).p, it depends on a crate whose versions on the required line need x.r of the pinned crate.
            SyntheticCrates.Dependency needing = crate.dependencies().get(crate.dependencies().indexOf(pin) - 1);
            String need = line + "." + (Integer.parseInt(pinned.split("\\.")[1]) + 1);
            List<SyntheticCrates.CrateVersion> needers = versions.stream()
                    .filter(v -> v.name().equals(needing.crate()) && lineOf(v.version()).equals(lineOf(needing.req()))).toList();
            assertFalse(needers.isEmpty());
            assertTrue(needers.stream().allMatch(v -> v.dependencies().stream().anyMatch(d -> d.crate().equals(pin.crate()) && need.equals(d.req()))),
                    crate.name() + " depends on " + needing.crate() + ", which needs " + pin.crate() + " " + need + ", newer than the pin " + pinned);
        }
        for (SyntheticCrates.CrateVersion v : versions) {
            for (SyntheticCrates.Dependency d : v.dependencies()) {
                assertTrue(pinning.stream().noneMatch(p -> p.name().equals(d.crate()) && (d.req() == null || lineOf(d.req()).equals(lineOf(p.version())))),
                        v.name() + " " + v.version() + " can reach a pinning crate through " + d);
            }
        }
    }

    @Test
    void theDecompressionBombIsSmallOnDiskAndPastTheDefaultRatio(@TempDir Path dir) throws IOException {
        SyntheticArchive.write(dir, 1, 0, 1, 0);
        Path bomb = dir.resolve("archive/crates/damaged-3-0.1.0.crate");
        long unpacked;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(bomb))) {
            unpacked = in.transferTo(OutputStream.nullOutputStream());
        }
        assertTrue(Files.size(bomb) < 4096, "a few KiB on disk");
        assertTrue(unpacked > 1 << 20 && unpacked / Files.size(bomb) > 200, "past 1 MiB, where the ratio limit starts, and past 200:1");
    }

    /** The semver line of a version or of a requirement "x.y" or "=x.y.z". */
    private static String lineOf(String version) {
        String[] parts = version.replace("=", "").split("\\.");
        return parts[0].equals("0") ? "0." + parts[1] : parts[0];
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
