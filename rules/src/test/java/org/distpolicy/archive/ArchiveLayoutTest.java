package org.distpolicy.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArchiveLayoutTest {

    private static Map<String, ArtifactRef> classify(ListedFile... files) {
        return ArchiveLayout.classify(List.of(files)).stream()
                .collect(Collectors.toMap(ArtifactRef::path, Function.identity()));
    }

    @Test
    void crateFilesAnywhereAreArtifactsNamedByTheirFileName() {
        Map<String, ArtifactRef> artifacts = classify(
                new ListedFile("crates/sha-1-0.10.1.crate", 100),
                new ListedFile("deep/er/tokio-1.38.0-rc.1.crate", 200));
        assertEquals(ArtifactKind.CRATE, artifacts.get("crates/sha-1-0.10.1.crate").kind());
        assertEquals("sha-1", artifacts.get("crates/sha-1-0.10.1.crate").packageHint());
        assertEquals("0.10.1", artifacts.get("crates/sha-1-0.10.1.crate").versionHint());
        assertEquals("1.38.0-rc.1", artifacts.get("deep/er/tokio-1.38.0-rc.1.crate").versionHint());
    }

    @Test
    void unpackedCrateOwnsEverythingBelowItIncludingNestedManifests() {
        Map<String, ArtifactRef> artifacts = classify(
                new ListedFile("usr/share/cargo/registry/openssl-sys-0.9.103/Cargo.toml", 10),
                new ListedFile("usr/share/cargo/registry/openssl-sys-0.9.103/src/lib.rs", 20),
                new ListedFile("usr/share/cargo/registry/openssl-sys-0.9.103/vendor/cc/Cargo.toml", 30),
                new ListedFile("usr/share/cargo/registry/openssl-sys-0.9.103/tests/fixture/go.mod", 5),
                new ListedFile("usr/share/cargo/registry/openssl-sys-0.9.103/fixtures/old-0.1.0.crate", 7));
        assertEquals(1, artifacts.size());
        ArtifactRef crate = artifacts.get("usr/share/cargo/registry/openssl-sys-0.9.103");
        assertEquals(ArtifactKind.CRATE_DIR, crate.kind());
        assertEquals(72, crate.sizeBytes());
        assertEquals(5, crate.fileCount());
        assertEquals("openssl-sys", crate.packageHint());
        assertEquals("0.9.103", crate.versionHint());
    }

    @Test
    void proxyLayoutGroupsZipModAndInfoAndUnescapesTheModulePath() {
        Map<String, ArtifactRef> artifacts = classify(
                new ListedFile("proxy/github.com/!burnt!sushi/toml/@v/v1.3.2.zip", 1000),
                new ListedFile("proxy/github.com/!burnt!sushi/toml/@v/v1.3.2.mod", 40),
                new ListedFile("proxy/github.com/!burnt!sushi/toml/@v/v1.3.2.info", 50),
                new ListedFile("proxy/github.com/!burnt!sushi/toml/@v/v1.2.0.mod", 40),
                new ListedFile("proxy/github.com/!burnt!sushi/toml/@v/list", 14));
        assertEquals(2, artifacts.size());
        ArtifactRef zip = artifacts.get("proxy/github.com/!burnt!sushi/toml/@v/v1.3.2.zip");
        assertEquals(ArtifactKind.GO_MODULE_ZIP, zip.kind());
        assertEquals("github.com/BurntSushi/toml", zip.packageHint());
        assertEquals("v1.3.2", zip.versionHint());
        assertEquals(List.of("proxy/github.com/!burnt!sushi/toml/@v/v1.3.2.mod", "proxy/github.com/!burnt!sushi/toml/@v/v1.3.2.info"), zip.companions());
        assertEquals(ArtifactKind.GO_MODULE_MOD, artifacts.get("proxy/github.com/!burnt!sushi/toml/@v/v1.2.0.mod").kind());
    }

    @Test
    void goModuleRootsAndGopathTreesWithoutGoMod() {
        Map<String, ArtifactRef> artifacts = classify(
                new ListedFile("usr/share/gocode/src/github.com/spf13/cobra/go.mod", 10),
                new ListedFile("usr/share/gocode/src/github.com/spf13/cobra/cobra.go", 10),
                new ListedFile("usr/share/gocode/src/github.com/spf13/cobra/doc/md_docs.go", 10),
                new ListedFile("usr/share/gocode/src/github.com/old/lib/sub/pkg/a.go", 10),
                new ListedFile("usr/share/gocode/src/github.com/old/lib/b.go", 10),
                new ListedFile("usr/share/gocode/src/gopkg.in/yaml.v2/yaml.go", 10),
                new ListedFile("usr/share/gocode/src/gopkg.in/eapache/queue.v1/queue.go", 10),
                new ListedFile("usr/share/gocode/src/gopkg.in/eapache/channels.v1/channels.go", 10),
                new ListedFile("usr/share/gocode/src/k8s.io/klog/klog.go", 10));
        assertEquals(6, artifacts.size(), artifacts.keySet().toString());
        assertEquals("gopkg.in/eapache/queue.v1", artifacts.get("usr/share/gocode/src/gopkg.in/eapache/queue.v1").packageHint());
        assertEquals(ArtifactKind.GO_SOURCE_TREE, artifacts.get("usr/share/gocode/src/github.com/spf13/cobra").kind());
        ArtifactRef old = artifacts.get("usr/share/gocode/src/github.com/old/lib");
        assertEquals("github.com/old/lib", old.packageHint());
        assertEquals(2, old.fileCount());
        assertNull(old.versionHint());
        assertEquals("gopkg.in/yaml.v2", artifacts.get("usr/share/gocode/src/gopkg.in/yaml.v2").packageHint());
        assertEquals("k8s.io/klog", artifacts.get("usr/share/gocode/src/k8s.io/klog").packageHint());
    }

    @Test
    void outermostPackageWinsAcrossEcosystems() {
        Map<String, ArtifactRef> artifacts = classify(
                new ListedFile("registry/bindings-0.1.0/Cargo.toml", 1),
                new ListedFile("registry/bindings-0.1.0/go/go.mod", 1),
                new ListedFile("registry/bindings-0.1.0/go/x.go", 1),
                new ListedFile("src/example.com/mod/go.mod", 1),
                new ListedFile("src/example.com/mod/inner/Cargo.toml", 1));
        assertEquals(2, artifacts.size());
        assertEquals(ArtifactKind.CRATE_DIR, artifacts.get("registry/bindings-0.1.0").kind());
        assertEquals(ArtifactKind.GO_SOURCE_TREE, artifacts.get("src/example.com/mod").kind());
    }

    @Test
    void repositoryRootsOfImportPaths() {
        assertEquals("github.com/docker/docker", ArchiveLayout.repositoryRoot("github.com/docker/docker/layer"));
        assertEquals("k8s.io/apimachinery", ArchiveLayout.repositoryRoot("k8s.io/apimachinery/pkg/runtime"));
        assertEquals("gopkg.in/yaml.v3", ArchiveLayout.repositoryRoot("gopkg.in/yaml.v3"));
        assertEquals("gopkg.in/eapache/queue.v1", ArchiveLayout.repositoryRoot("gopkg.in/eapache/queue.v1/sub"));
        assertEquals("example", ArchiveLayout.repositoryRoot("example"));
    }

    @Test
    void aGoModuleNestedInAGoTreeIsAnArtifactOfItsOwnUnlessTheGoToolIgnoresItsDirectory() {
        Map<String, ArtifactRef> artifacts = classify(
                new ListedFile("src/github.com/gdamore/tcell/go.mod", 1),
                new ListedFile("src/github.com/gdamore/tcell/cell.go", 1),
                new ListedFile("src/github.com/gdamore/tcell/v2/go.mod", 1),
                new ListedFile("src/github.com/gdamore/tcell/v2/cell.go", 1),
                new ListedFile("src/github.com/gdamore/tcell/v2/views/app.go", 1),
                new ListedFile("src/github.com/gdamore/tcell/testdata/mod/go.mod", 1),
                new ListedFile("src/github.com/gdamore/tcell/_demos/go.mod", 1),
                new ListedFile("src/github.com/legacy/tool/tool.go", 1),
                new ListedFile("src/github.com/legacy/tool/v3/go.mod", 1));
        assertEquals(List.of("src/github.com/gdamore/tcell", "src/github.com/gdamore/tcell/v2", "src/github.com/legacy/tool",
                "src/github.com/legacy/tool/v3"), artifacts.keySet().stream().sorted().toList());
        assertEquals(4, artifacts.get("src/github.com/gdamore/tcell").fileCount(), "testdata and _demos stay with the tree");
        assertEquals(3, artifacts.get("src/github.com/gdamore/tcell/v2").fileCount());
    }

    @Test
    void everyOtherFileIsUnrecognizedOnItsOwn() {
        Map<String, ArtifactRef> artifacts = classify(
                new ListedFile("README.txt", 3),
                new ListedFile("stray/x.go", 3),
                new ListedFile("tarballs/foo-1.0.tar.gz", 3));
        assertEquals(3, artifacts.size());
        artifacts.values().forEach(a -> assertEquals(ArtifactKind.UNRECOGNIZED, a.kind()));
    }

    @Test
    void anArchiveThatIsOneCrateDirectory() {
        Map<String, ArtifactRef> artifacts = classify(new ListedFile("Cargo.toml", 1), new ListedFile("src/lib.rs", 1));
        assertEquals(ArtifactKind.CRATE_DIR, artifacts.get("").kind());
    }

    @Test
    void linksAreNeverMarkersNorFollowedAndOutsidePackagesAreArtifactsOfTheirOwn() {
        Map<String, ArtifactRef> artifacts = classify(
                new ListedFile("gocode/src/code.google.com/p/go.net", 0, true),
                new ListedFile("gocode/src/golang.org/x/net/go.mod", 10),
                new ListedFile("gocode/src/golang.org/x/net/http2/go.mod", 0, true),
                new ListedFile("evil/Cargo.toml", 0, true));
        assertEquals(ArtifactKind.LINK, artifacts.get("gocode/src/code.google.com/p/go.net").kind());
        assertEquals(ArtifactKind.GO_SOURCE_TREE, artifacts.get("gocode/src/golang.org/x/net").kind());
        assertEquals(2, artifacts.get("gocode/src/golang.org/x/net").fileCount(), "a link inside a package is part of it");
        assertEquals(ArtifactKind.LINK, artifacts.get("evil/Cargo.toml").kind());
        assertEquals(3, artifacts.size());
    }

    @Test
    void aDirectoryArtifactsStampChangesWithAnyOfItsFilesAndNoOtherArtifacts() {
        ListedFile manifest = new ListedFile("registry/serde-1.0.0/Cargo.toml", 10, false, 1000);
        ListedFile lib = new ListedFile("registry/serde-1.0.0/src/lib.rs", 20, false, 1000);
        ListedFile other = new ListedFile("registry/log-0.4.0/Cargo.toml", 10, false, 1000);
        String stamp = classify(manifest, lib, other).get("registry/serde-1.0.0").stamp();

        assertEquals(stamp, classify(lib, other, manifest).get("registry/serde-1.0.0").stamp(), "listing order does not matter");
        assertEquals(stamp, classify(manifest, lib, new ListedFile("registry/log-0.4.0/Cargo.toml", 11, false, 2000))
                .get("registry/serde-1.0.0").stamp(), "another package changed");
        assertNotEquals(stamp, classify(manifest, new ListedFile("registry/serde-1.0.0/src/lib.rs", 20, false, 2000), other)
                .get("registry/serde-1.0.0").stamp(), "a file rewritten");
        assertNotEquals(stamp, classify(manifest, new ListedFile("registry/serde-1.0.0/src/lib.rs", 21, false, 1000), other)
                .get("registry/serde-1.0.0").stamp(), "a file grown");
        assertNotEquals(stamp, classify(manifest, lib, other, new ListedFile("registry/serde-1.0.0/src/de.rs", 0, false, 1000))
                .get("registry/serde-1.0.0").stamp(), "a file added");
    }

    @Test
    void aProxyZipsStampCoversItsCompanions() {
        ListedFile zip = new ListedFile("golang.org/x/text/@v/v0.3.0.zip", 100, false, 1000);
        ListedFile mod = new ListedFile("golang.org/x/text/@v/v0.3.0.mod", 10, false, 1000);
        String stamp = classify(zip, mod).get("golang.org/x/text/@v/v0.3.0.zip").stamp();
        assertNotEquals(stamp, classify(zip, new ListedFile("golang.org/x/text/@v/v0.3.0.mod", 10, false, 2000))
                .get("golang.org/x/text/@v/v0.3.0.zip").stamp());
    }

    @Test
    void aRepositoryTreeIsHeldUntilTheWalkLeavesItSoGoFilesFoundLastStillMakeItTheOutermostPackage() {
        Map<String, ArtifactRef> artifacts = classify(
                new ListedFile("src/github.com/foo/bar/a-rust/Cargo.toml", 1),
                new ListedFile("src/github.com/foo/bar/a-rust/lib.rs", 2),
                new ListedFile("src/github.com/foo/bar/z/x.go", 4),
                new ListedFile("src/github.com/foo/baz/README", 8));
        assertEquals(2, artifacts.size(), artifacts.keySet().toString());
        assertEquals(ArtifactKind.GO_SOURCE_TREE, artifacts.get("src/github.com/foo/bar").kind());
        assertEquals(7, artifacts.get("src/github.com/foo/bar").sizeBytes());
        assertEquals(ArtifactKind.UNRECOGNIZED, artifacts.get("src/github.com/foo/baz/README").kind());
    }

    @Test
    void artifactsAreToldAsSoonAsTheWalkLeavesTheirTreeOrDirectory() throws IOException {
        List<String> told = new ArrayList<>();
        ArchiveLayout layout = new ArchiveLayout(artifact -> told.add(artifact.path()));
        layout.add(new ListedFile("crates/a-1.0.0.crate", 1));
        assertEquals(List.of("crates/a-1.0.0.crate"), told, "a file of a directory that is no package, as it comes");
        layout.add(new ListedFile("crates/b-1.0.0.crate", 1));
        layout.add(new ListedFile("registry/a-1.0.0/Cargo.toml", 1));
        assertEquals(List.of("crates/a-1.0.0.crate", "crates/b-1.0.0.crate"), told);
        layout.add(new ListedFile("registry/a-1.0.0/src/lib.rs", 1));
        assertEquals(2, told.size(), "a package tree is held while the walk is in it");
        layout.add(new ListedFile("registry/b-1.0.0/Cargo.toml", 1));
        assertEquals(List.of("crates/a-1.0.0.crate", "crates/b-1.0.0.crate", "registry/a-1.0.0"), told);
        layout.finish();
        assertEquals("registry/b-1.0.0", told.get(3));
    }

    @Test
    void aListingOutOfWalkOrderIsRefusedRatherThanMisclassified() throws IOException {
        ArchiveLayout ancestorAfterDescendant = new ArchiveLayout(artifact -> { });
        ancestorAfterDescendant.add(new ListedFile("registry/a-1.0.0/src/lib.rs", 1));
        assertThrows(IllegalArgumentException.class, () -> ancestorAfterDescendant.add(new ListedFile("registry/a-1.0.0/Cargo.toml", 1)));
        ArchiveLayout markerAfterOtherFiles = new ArchiveLayout(artifact -> { });
        markerAfterOtherFiles.add(new ListedFile("registry/a-1.0.0/README.md", 1));
        assertThrows(IllegalArgumentException.class, () -> markerAfterOtherFiles.add(new ListedFile("registry/a-1.0.0/Cargo.toml", 1)));
        ArchiveLayout siblingsOutOfOrder = new ArchiveLayout(artifact -> { });
        siblingsOutOfOrder.add(new ListedFile("registry/b-1.0.0/Cargo.toml", 1));
        assertThrows(IllegalArgumentException.class, () -> siblingsOutOfOrder.add(new ListedFile("registry/a-1.0.0/Cargo.toml", 1)));
    }

    @Test
    void walkOrderPutsAnAncestorBeforeItsDescendantsAndSiblingTreesByName() {
        List<String> directories = new ArrayList<>(List.of("b", "a/z", "a", "", "a/b/c", "a-b", "a/b"));
        directories.sort(ArchiveLayout.WALK_ORDER);
        assertEquals(List.of("", "a", "a/b", "a/b/c", "a/z", "a-b", "b"), directories);
    }
}
