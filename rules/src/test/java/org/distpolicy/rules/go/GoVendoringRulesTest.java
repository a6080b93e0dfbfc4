package org.distpolicy.rules.go;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.distpolicy.archive.ArtifactKind;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.facts.GoModuleFacts;
import org.distpolicy.gomod.GoModParser;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.junit.jupiter.api.Test;

class GoVendoringRulesTest {
    private static final String GO_MOD = """
            module github.com/example/app

            go 1.17

            require (
            	github.com/pkg/errors v0.9.1
            	golang.org/x/sys v0.1.0 // indirect
            )

            replace golang.org/x/sys => golang.org/x/sys v0.2.0
            """;
    private static final String MODULES_TXT = """
            # github.com/pkg/errors v0.9.1
            ## explicit; go 1.13
            github.com/pkg/errors
            # golang.org/x/sys v0.1.0 => golang.org/x/sys v0.2.0
            ## explicit; go 1.17
            golang.org/x/sys/unix
            # golang.org/x/sys => golang.org/x/sys v0.2.0
            """;
    private static final List<String> VENDORED = List.of("vendor/modules.txt", "vendor/github.com/pkg/errors/errors.go",
            "vendor/github.com/pkg/errors/LICENSE", "vendor/golang.org/x/sys/unix/unix.go");

    private static GoModuleFacts tree(String goMod, String modulesTxt, List<String> paths) throws ManifestException {
        List<FileEntry> files = new ArrayList<>(List.of(new FileEntry("go.mod", 1, "g"), new FileEntry("main.go", 1, "m")));
        paths.forEach(p -> files.add(new FileEntry(p, 1, "h")));
        ArtifactRef ref = new ArtifactRef("gocode/src/github.com/example/app", ArtifactKind.GO_SOURCE_TREE, 1, 1, null, null, List.of());
        return new GoModuleFacts(ref, "github.com/example/app", null, files, goMod == null ? null : GoModParser.parse(goMod), modulesTxt, Map.of());
    }

    @Test
    void aConsistentVendorTreeIsOnlyVendored() throws ManifestException {
        GoModuleFacts module = tree(GO_MOD, MODULES_TXT, VENDORED);
        List<Finding> vendored = GoVendoredDependencies.INSTANCE.check(module);
        assertEquals(1, vendored.size());
        assertEquals(Severity.ERROR, vendored.get(0).severity());
        assertEquals("vendor/", vendored.get(0).subject());
        assertEquals("ships vendor/ with 4 files: 2 modules (github.com/pkg/errors@v0.9.1; golang.org/x/sys@v0.1.0)", vendored.get(0).message());
        assertEquals(List.of(), GoInconsistentVendoring.INSTANCE.check(module));
    }

    @Test
    void anInconsistentTreeGetsOneFindingWithCmdGosWordingFirst() throws ManifestException {
        GoModuleFacts module = tree(GO_MOD, MODULES_TXT.replace("## explicit; go 1.13", "## go 1.13") + "# github.com/stray/x v1.0.0\n",
                List.of("vendor/modules.txt", "vendor/github.com/pkg/errors/errors.go", "vendor/github.com/stray/x/x.go"));
        List<Finding> findings = GoInconsistentVendoring.INSTANCE.check(module);
        assertEquals(1, findings.size());
        assertEquals("go build -mod=vendor fails: inconsistent vendoring (3 problems): "
                + "github.com/pkg/errors@v0.9.1: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt; "
                + "vendor/modules.txt lists package golang.org/x/sys/unix of golang.org/x/sys@v0.1.0, but vendor/golang.org/x/sys/unix/ holds no .go files; "
                + "vendor/github.com/stray/x/ holds .go files, but vendor/modules.txt lists no package github.com/stray/x",
                findings.get(0).message());
        assertEquals(null, findings.get(0).subject());
        // the fingerprint names the tree's vendoring, not today's list of problems
        GoModuleFacts partlyFixed = tree(GO_MOD, MODULES_TXT.replace("## explicit; go 1.13", "## go 1.13"), VENDORED);
        assertEquals(findings.get(0).fingerprint(), GoInconsistentVendoring.INSTANCE.check(partlyFixed).get(0).fingerprint());
    }

    @Test
    void longListsAreCut() throws ManifestException {
        StringBuilder goMod = new StringBuilder("module github.com/example/app\n\ngo 1.14\n\nrequire (\n");
        for (int i = 0; i < 13; i++) {
            goMod.append("\texample.com/m").append(i).append(" v1.0.0\n");
        }
        String message = GoInconsistentVendoring.INSTANCE.check(tree(goMod + ")\n", "", List.of("vendor/modules.txt"))).get(0).message();
        assertEquals(true, message.startsWith("go build -mod=vendor fails: inconsistent vendoring (13 problems): example.com/m0@v1.0.0: is explicitly"), message);
        assertEquals(true, message.endsWith("example.com/m9@v1.0.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt; and 3 more"), message);
    }

    @Test
    void gopathVendorDirectoriesAtAnyDepthAndTreesWithoutVendor() throws ManifestException {
        GoModuleFacts gopath = tree(null, null, List.of("vendor/github.com/a/b/b.go", "vendor/github.com/a/b/c/c.go",
                "vendor/golang.org/x/net/context/ctx.go", "cmd/tool/vendor/github.com/z/z.go"));
        List<Finding> findings = GoVendoredDependencies.INSTANCE.check(gopath);
        assertEquals(List.of("vendor/", "cmd/tool/vendor/"), findings.stream().map(Finding::subject).toList());
        assertEquals("ships vendor/ with 3 files: 2 package trees (github.com/a/b; golang.org/x/net/context)", findings.get(0).message());
        assertEquals("ships cmd/tool/vendor/ with 1 files: 1 package trees (github.com/z)", findings.get(1).message());
        assertEquals(List.of(), GoInconsistentVendoring.INSTANCE.check(gopath));
        GoModuleFacts clean = tree(GO_MOD, null, List.of("internal/vendored/x.go", "vendorlib/y.go",
                "interp/testdata/src/github.com/foo/vendor/whatever/w.go", "integration/_fixtures/app/vendor/foo/foo.go"));
        assertEquals(List.of(), GoVendoredDependencies.INSTANCE.check(clean));
        assertEquals(List.of(), GoInconsistentVendoring.INSTANCE.check(clean));
    }
}
