package org.distpolicy.gomod.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.distpolicy.archive.ArtifactKind;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.facts.GoModuleFacts;
import org.junit.jupiter.api.Test;

class VendoredCopiesTest {
    private static final String MODULES_TXT = """
            # golang.org/x/net v0.20.0
            ## explicit; go 1.18
            golang.org/x/net/http2
            # golang.org/x/net/websocket v0.1.0
            ## explicit
            golang.org/x/net/websocket
            # github.com/pkg/errors v0.9.1 => github.com/fork/errors v0.9.2
            ## explicit
            github.com/pkg/errors
            # example.com/lib v1.0.0 => ../lib
            ## explicit
            example.com/lib
            """;

    private static GoModuleFacts tree(List<FileEntry> files) {
        ArtifactRef ref = new ArtifactRef("gocode/src/github.com/example/app", ArtifactKind.GO_SOURCE_TREE, 1, 1, null, null, List.of());
        return new GoModuleFacts(ref, "github.com/example/app", null, files, null, MODULES_TXT, Map.of());
    }

    @Test
    void theLongestModulePathOwnsAFileAndReplacementsNameTheirSource() {
        List<VendoredFile> files = VendoredCopies.files(tree(List.of(
                new FileEntry("main.go", 1, "m"),
                new FileEntry("vendor/modules.txt", 1, "t"),
                new FileEntry("vendor/golang.org/x/net/LICENSE", 1, "l"),
                new FileEntry("vendor/golang.org/x/net/http2/frame.go", 1, "f"),
                new FileEntry("vendor/golang.org/x/net/websocket/ws.go", 1, "w"),
                new FileEntry("vendor/github.com/pkg/errors/errors.go", 1, "e"),
                new FileEntry("vendor/example.com/lib/lib.go", 1, "x"),
                new FileEntry("vendor/example.com/lib/sub/s.go", 1, "y"),
                new FileEntry("vendor/github.com/stray/s.go", 1, "s"))), ModulesTxt.parse(MODULES_TXT));
        assertEquals(List.of(
                new VendoredFile("golang.org/x/net", "v0.20.0", "LICENSE", "l"),
                new VendoredFile("golang.org/x/net", "v0.20.0", "http2/frame.go", "f"),
                new VendoredFile("golang.org/x/net/websocket", "v0.1.0", "ws.go", "w"),
                new VendoredFile("github.com/fork/errors", "v0.9.2", "errors.go", "e")), files);
    }

    @Test
    void differingAndExtraFilesButNotMissingOnes() {
        List<VendoredFile> vendored = List.of(
                new VendoredFile("golang.org/x/net", "v0.20.0", "http2/frame.go", "patched"),
                new VendoredFile("golang.org/x/net", "v0.20.0", "http2/hpack.go", "same"),
                new VendoredFile("golang.org/x/net", "v0.20.0", "http2/extra.go", "new"),
                new VendoredFile("golang.org/x/net", "v0.19.0", "http2/frame.go", "other"),
                new VendoredFile("golang.org/x/text", "v0.20.0", "a.go", "x"));
        List<FileEntry> release = List.of(
                new FileEntry("http2/frame.go", 10, "original"),
                new FileEntry("http2/hpack.go", 10, "same"),
                new FileEntry("http2/frame_test.go", 10, "t"),
                new FileEntry("go.mod", 10, "g"));
        List<CopyDifference> differences = VendoredCopies.compare("golang.org/x/net", "v0.20.0", vendored, release);
        assertEquals(List.of(
                new CopyDifference("http2/extra.go", CopyDifference.Kind.EXTRA, "new", null),
                new CopyDifference("http2/frame.go", CopyDifference.Kind.DIFFERENT, "patched", "original")), differences);
        assertEquals("http2/frame.go differs from the release", differences.get(1).describe());
        assertEquals(List.of(), VendoredCopies.compare("golang.org/x/net", "v0.20.0", vendored.subList(1, 2), release));
    }
}
