package org.distpolicy.rules.go;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.distpolicy.archive.ArtifactKind;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.facts.GoModuleFacts;
import org.distpolicy.gomod.GoModParser;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.junit.jupiter.api.Test;

class GoReplaceRulesTest {
    private static final String GO_MOD = """
            module github.com/example/app

            go 1.21

            require (
            	example.com/lib v1.2.0
            	github.com/pkg/errors v0.9.1
            	golang.org/x/net v0.20.0
            	k8s.io/api v0.29.0
            )

            replace example.com/lib => ../lib

            replace (
            	github.com/pkg/errors v0.9.1 => github.com/fork/errors v0.9.2
            	golang.org/x/net => golang.org/x/net v0.21.0
            	k8s.io/api => /home/dev/k8s/api
            )
            """;

    private static GoModuleFacts module(String goMod) throws ManifestException {
        ArtifactRef ref = new ArtifactRef("gocode/src/github.com/example/app", ArtifactKind.GO_SOURCE_TREE, 1, 1, null, null, List.of());
        return new GoModuleFacts(ref, "github.com/example/app", null, List.of(), GoModParser.parse(goMod), null, Map.of());
    }

    @Test
    void replacesToDirectoriesArePathDependencies() throws ManifestException {
        List<Finding> findings = GoLocalReplace.INSTANCE.check(module(GO_MOD));
        assertEquals(List.of("example.com/lib", "k8s.io/api"), findings.stream().map(Finding::subject).toList());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertTrue(findings.get(0).message().startsWith("go.mod:12: replace example.com/lib => ../lib"), findings.get(0).message());
    }

    @Test
    void replacesToOtherModulePathsAreForksButVersionPinsAreNot() throws ManifestException {
        List<Finding> findings = GoReplaceToFork.INSTANCE.check(module(GO_MOD));
        assertEquals(List.of("github.com/pkg/errors"), findings.stream().map(Finding::subject).toList());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("github.com/fork/errors v0.9.2"), findings.get(0).message());
    }

    @Test
    void noReplaceNoFindingAndGopathTreesAreSkipped() throws ManifestException {
        GoModuleFacts clean = module("module github.com/example/app\n\ngo 1.21\n\nrequire golang.org/x/net v0.20.0\n");
        assertEquals(List.of(), GoLocalReplace.INSTANCE.check(clean));
        assertEquals(List.of(), GoReplaceToFork.INSTANCE.check(clean));
        GoModuleFacts gopath = new GoModuleFacts(clean.artifact(), "github.com/old/tool", null, List.of(), null, null, Map.of());
        assertEquals(List.of(), GoLocalReplace.INSTANCE.check(gopath));
        assertEquals(List.of(), GoReplaceToFork.INSTANCE.check(gopath));
    }
}
