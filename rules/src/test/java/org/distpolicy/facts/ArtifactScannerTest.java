package org.distpolicy.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.distpolicy.archive.ArchiveLayout;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.LocalArchiveAccess;
import org.distpolicy.archive.ReadLimits;
import org.distpolicy.datasets.BadInputArchive;
import org.distpolicy.datasets.Entry;
import org.distpolicy.datasets.PackageWriter;
import org.distpolicy.rules.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactScannerTest {
    @TempDir
    static Path root;
    static Map<String, String> expected;
    static Map<String, ScannedArtifact> scanned;

    @BeforeAll
    static void scanBadInputArchive() throws IOException {
        expected = BadInputArchive.write(root);
        LocalArchiveAccess access = new LocalArchiveAccess(root);
        ArtifactScanner scanner = new ArtifactScanner(access, ReadLimits.defaults());
        List<ArtifactRef> artifacts = ArchiveLayout.classify(access.listFiles(""));
        scanned = artifacts.stream().collect(Collectors.toMap(ArtifactRef::path, scanner::scan));
    }

    @Test
    void everyArtifactAppearsOnceWithTheExpectedStatus() {
        Map<String, String> statuses = new TreeMap<>();
        scanned.forEach((path, s) -> statuses.put(path, s.inventory().status()));
        assertEquals(new TreeMap<>(expected), statuses);
    }

    @Test
    void everyBrokenArtifactHasExactlyOneFindingOfItsStatus() {
        scanned.forEach((path, s) -> {
            if (!s.inventory().status().equals(InventoryRecord.OK)) {
                assertEquals(1, s.findings().size(), path + ": " + s.findings());
                Finding finding = s.findings().get(0);
                assertEquals(s.inventory().status(), finding.rule(), path);
                assertEquals(s.inventory().error(), finding.message(), path);
                assertTrue(!finding.message().isBlank());
            } else {
                assertTrue(s.findings().isEmpty(), path);
            }
        });
    }

    @Test
    void messagesSayWhatWentWrong() {
        assertContains("crates/empty-1.0.0.crate", "empty file");
        assertContains("crates/corrupt-1.0.0.crate", "corrupt or truncated .crate");
        assertContains("crates/dotdot-1.0.0.crate", "'..'");
        assertContains("crates/absolute-1.0.0.crate", "absolute entry name");
        assertContains("crates/symlink-1.0.0.crate", "symlink");
        assertContains("crates/bomb-1.0.0.crate", "compression ratio");
        assertContains("crates/badtoml-1.0.0.crate", "Cargo.toml:");
        assertContains("crates/latin-1.0.0.crate", "invalid UTF-8");
        assertContains("crates/nomanifest-1.0.0.crate", "no Cargo.toml");
        assertContains("gocode/src/example.com/badmod", "go.mod:5");
    }

    private static void assertContains(String artifact, String text) {
        String error = scanned.get(artifact).inventory().error();
        assertNotNull(error, artifact);
        assertTrue(error.contains(text), artifact + ": " + error);
    }

    @Test
    void unsafeEntriesAreSkippedButThePackageIsStillUnderstood() {
        ScannedArtifact dotdot = scanned.get("crates/dotdot-1.0.0.crate");
        assertInstanceOf(CrateFacts.class, dotdot.facts());
        assertEquals(List.of("Cargo.toml"), dotdot.files().stream().map(f -> f.path()).toList());
    }

    @Test
    void goodCrateYieldsFactsHashesAndTheArchiveChecksum() {
        ScannedArtifact good = scanned.get("crates/good-1.0.0.crate");
        CrateFacts facts = assertInstanceOf(CrateFacts.class, good.facts());
        assertEquals("good", facts.name());
        assertEquals("1.0.0", facts.version());
        Map<String, String> hashes = good.files().stream().collect(Collectors.toMap(f -> f.path(), f -> f.sha256()));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", hashes.get("src/lib.rs"), "sha256 of empty");
        assertEquals(64, good.inventory().sha256().length());
    }

    @Test
    void limitsOnEntriesAndManifestSizeAreEnforced(@TempDir Path dir) throws IOException {
        PackageWriter.crate(dir, "many", "1.0.0", java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> Entry.file("f" + i, "x")).toList());
        PackageWriter.crate(dir, "bigmanifest", "1.0.0", List.of(Entry.file("Cargo.toml", "#".repeat(5000))));
        LocalArchiveAccess access = new LocalArchiveAccess(dir);
        ArtifactScanner scanner = new ArtifactScanner(access, new ReadLimits(1 << 30, 20, 200, 1000));
        Map<String, ScannedArtifact> results = ArchiveLayout.classify(access.listFiles("")).stream()
                .collect(Collectors.toMap(ArtifactRef::path, scanner::scan));
        assertEquals("artifact/limit-exceeded", results.get("many-1.0.0.crate").inventory().status());
        assertTrue(results.get("many-1.0.0.crate").inventory().error().contains("more than 20 entries"));
        assertEquals("artifact/limit-exceeded", results.get("bigmanifest-1.0.0.crate").inventory().status());
    }

    @Test
    void nestedCargoTomlsAreParsedAndABrokenOrOversizedOneOnlyRemembered(@TempDir Path dir) throws IOException {
        String padded = "[package]\nname = \"padded\"\n" + "#".repeat(560) + "\n";
        PackageWriter.crate(dir, "outer", "1.0.0", List.of(
                Entry.file("Cargo.toml", "[package]\nname = \"outer\"\nversion = \"1.0.0\"\n"),
                Entry.file("vendor/a/Cargo.toml", "[package]\nname = \"a\"\nversion = \"0.1.0\"\n"),
                Entry.file("vendor/b/Cargo.toml", "[package\n"),
                Entry.file("vendor/c/Cargo.toml", "#".repeat(5000)),
                Entry.file("vendor/d/Cargo.toml", padded),
                Entry.file("vendor/e/Cargo.toml", padded),
                Entry.file("vendor/e/Cargo.toml.orig", "not captured")));
        LocalArchiveAccess access = new LocalArchiveAccess(dir);
        ScannedArtifact result = new ArtifactScanner(access, new ReadLimits(1 << 30, 100, 200, 1000))
                .scan(ArchiveLayout.classify(access.listFiles("")).get(0));
        assertEquals(InventoryRecord.OK, result.inventory().status(), result.inventory().error());
        NestedManifests nested = assertInstanceOf(CrateFacts.class, result.facts()).nested();
        assertEquals(List.of("vendor/a/Cargo.toml", "vendor/d/Cargo.toml"), List.copyOf(nested.parsed().keySet()));
        assertEquals("a", nested.parsed().get("vendor/a/Cargo.toml").pkg().name());
        // c is over the limit by itself; e would take all nested manifests past one limit's worth
        assertEquals(List.of("vendor/b/Cargo.toml", "vendor/c/Cargo.toml", "vendor/e/Cargo.toml"), nested.unparseable());
    }

    @Test
    void declaredSizeOverTheLimitStopsBeforeReading(@TempDir Path dir) throws IOException {
        PackageWriter.crate(dir, "large", "1.0.0", List.of(Entry.file("Cargo.toml", "[package]\nname = \"large\"\n"),
                Entry.file("blob", new byte[4096])));
        LocalArchiveAccess access = new LocalArchiveAccess(dir);
        ScannedArtifact result = new ArtifactScanner(access, new ReadLimits(1000, 100, 1_000_000, 1000))
                .scan(ArchiveLayout.classify(access.listFiles("")).get(0));
        assertEquals("artifact/limit-exceeded", result.inventory().status());
        assertTrue(result.inventory().error().contains("more than 1000 bytes"), result.inventory().error());
    }

    @Test
    void goTreesYieldTheHeadersOfTheirSourcesAndLeaveNestedModulesToThemselves(@TempDir Path dir) throws IOException {
        String generated = "package tables\n\nimport \"unicode\"\n\nvar T = []string{\n" + "\t\"x\",\n".repeat(40_000) + "}\n";
        PackageWriter.directory(dir.resolve("src/github.com/gdamore/tcell"), List.of(
                Entry.file("go.mod", "module github.com/gdamore/tcell\n\ngo 1.12\n"),
                Entry.file("cell.go", "package tcell\n\nimport \"github.com/mattn/go-runewidth\"\n"),
                Entry.file("tables/tables.go", generated),
                Entry.file("testdata/x.go", "package x\n"),
                Entry.file("v2/go.mod", "module github.com/gdamore/tcell/v2\n\ngo 1.12\n"),
                Entry.file("v2/cell.go", "package tcell\n")));
        LocalArchiveAccess access = new LocalArchiveAccess(dir);
        ArtifactScanner scanner = new ArtifactScanner(access, ReadLimits.defaults());
        Map<String, ScannedArtifact> results = ArchiveLayout.classify(access.listFiles("")).stream()
                .collect(Collectors.toMap(ArtifactRef::path, scanner::scan));
        GoModuleFacts outer = assertInstanceOf(GoModuleFacts.class, results.get("src/github.com/gdamore/tcell").facts());
        assertEquals(List.of("cell.go", "go.mod", "tables/tables.go", "testdata/x.go"), outer.files().stream().map(f -> f.path()).toList());
        assertEquals(List.of("cell.go", "tables/tables.go"), List.copyOf(outer.sourceHeaders().keySet()), "testdata is never built");
        assertEquals("github.com/mattn/go-runewidth", outer.sourceHeaders().get("cell.go").imports().get(0).path());
        assertTrue(generated.length() > 64 * 1024);
        assertEquals(null, outer.sourceHeaders().get("tables/tables.go").problem(), "the imports end within the head");
        GoModuleFacts inner = assertInstanceOf(GoModuleFacts.class, results.get("src/github.com/gdamore/tcell/v2").facts());
        assertEquals("github.com/gdamore/tcell/v2", inner.name());
        assertEquals(List.of("cell.go"), List.copyOf(inner.sourceHeaders().keySet()));
    }
}
