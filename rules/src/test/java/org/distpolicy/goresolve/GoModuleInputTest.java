package org.distpolicy.goresolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.distpolicy.archive.ArtifactKind;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.facts.GoLinkFacts;
import org.distpolicy.facts.GoModuleFacts;
import org.distpolicy.gomod.GoModParser;
import org.distpolicy.gosrc.GoBuildContext;
import org.distpolicy.gosrc.GoFileHeader;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.resolve.DependencyKind;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.junit.jupiter.api.Test;

class GoModuleInputTest {
    private static final GoBuildContext GO_124 = GoBuildContext.defaults("1.24");

    /** A module as the proxy serves it: go.mod and sources, headers parsed like the reader does. */
    private static GoModuleFacts module(String path, String version, String goMod, Map<String, String> sources) throws ManifestException {
        Map<String, GoFileHeader> headers = new LinkedHashMap<>();
        sources.forEach((file, text) -> headers.put(file, GoFileHeader.parse(text.getBytes(StandardCharsets.UTF_8), true)));
        List<FileEntry> files = sources.keySet().stream().map(f -> new FileEntry(f, 1, "0".repeat(64))).toList();
        ArtifactRef ref = new ArtifactRef("goproxy/" + path + "/@v/" + version + ".zip", ArtifactKind.GO_MODULE_ZIP, 1, 1, path, version, List.of());
        return new GoModuleFacts(ref, path, version, files, goMod == null ? null : GoModParser.parse(goMod), null, headers);
    }

    private static Set<String> requirements(GoModuleInput input) {
        return input.requirements().stream()
                .map(r -> r.capability() + " -> " + r.requiredCapability() + " " + r.versionReq() + (r.kind() == DependencyKind.DEV ? " dev" : ""))
                .collect(Collectors.toSet());
    }

    private static final String CLI_GO_MOD = """
            module github.com/example/cli

            go 1.22

            require (
            \tgithub.com/aws/aws-sdk-go-v2 v1.30.0
            \tgithub.com/aws/aws-sdk-go-v2/service/s3 v1.58.0
            \tgithub.com/pkg/errors v0.9.1
            \tgolang.org/x/sys v0.20.0 // indirect
            \texample.com/local v0.0.0-00010101000000-000000000000
            \tgithub.com/stretchr/testify v1.9.0
            )

            replace github.com/pkg/errors v0.9.1 => github.com/fork/errors v0.9.2

            replace example.com/local => ../local
            """;

    @Test
    void providesTheModuleAndEveryImportablePackageForTheTargets() throws ManifestException {
        GoModuleInput input = GoModuleInput.of(module("github.com/example/cli", "v1.0.0", CLI_GO_MOD, Map.of(
                "cli.go", "package cli\n\nimport \"github.com/example/cli/internal/term\"\n",
                "internal/term/term_linux.go", "package term\n",
                "winonly/w_windows.go", "package winonly\n",
                "cmd/cli/main.go", "package main\n\nimport \"github.com/example/cli\"\n\nfunc main() {}\n")), GO_124);
        assertEquals(Set.of("gomod(github.com/example/cli)", "golang(github.com/example/cli)", "golang(github.com/example/cli/internal/term)"),
                input.provides().stream().map(p -> p.capability().toString()).collect(Collectors.toSet()));
        assertTrue(input.provides().stream().allMatch(p -> p.packageName().equals("github.com/example/cli") && p.version().equals("v1.0.0")));
        assertTrue(requirements(input).containsAll(Set.of(
                "golang(github.com/example/cli) -> golang(github.com/example/cli/internal/term) =v1.0.0",
                "golang(github.com/example/cli/cmd/cli) -> golang(github.com/example/cli) =v1.0.0",
                "golang(github.com/example/cli/cmd/cli) -> gomod(github.com/example/cli) =v1.0.0")), requirements(input).toString());
        assertTrue(input.requirements().stream().filter(r -> r.versionReq().equals("=v1.0.0")).allMatch(Requirement::internal));
    }

    @Test
    void goModRequirementsFollowReplacementsAndSkipDirectories() throws ManifestException {
        GoModuleInput input = GoModuleInput.of(module("github.com/example/cli", "v1.0.0", CLI_GO_MOD, Map.of("cli.go", "package cli\n")), GO_124);
        Set<String> goMod = input.requirements().stream().filter(r -> r.capability().startsWith("gomod("))
                .map(r -> r.requiredCapability() + " " + r.versionReq() + " " + r.origin()).collect(Collectors.toSet());
        assertEquals(Set.of(
                "gomod(github.com/aws/aws-sdk-go-v2) >= v1.30.0 go.mod:6",
                "gomod(github.com/aws/aws-sdk-go-v2/service/s3) >= v1.58.0 go.mod:7",
                "gomod(github.com/fork/errors) >= v0.9.2 go.mod:8",
                "gomod(golang.org/x/sys) >= v0.20.0 go.mod:9 // indirect",
                "gomod(github.com/stretchr/testify) >= v1.9.0 go.mod:11"), goMod);
        assertTrue(input.requirements().stream().filter(r -> r.capability().startsWith("gomod(")).allMatch(r -> r.kind() == DependencyKind.DECLARED && !r.hard()),
                "go.mod requirements are reported, imports break builds");
    }

    @Test
    void importsTakeTheVersionOfTheLongestCoveringRequirementAfterReplace() throws ManifestException {
        GoModuleInput input = GoModuleInput.of(module("github.com/example/cli", "v1.0.0", CLI_GO_MOD, Map.of(
                "s3.go", """
                        package cli

                        import (
                        \t"context"
                        \t"github.com/aws/aws-sdk-go-v2/aws"
                        \ts3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
                        \t"github.com/pkg/errors"
                        \t"example.com/local/helper"
                        \t"github.com/mattn/go-runewidth"
                        )
                        """,
                "s3_test.go", "package cli\n\nimport \"github.com/stretchr/testify/require\"\n")), GO_124);
        Map<String, Requirement> byRequired = input.requirements().stream().filter(r -> r.capability().equals("golang(github.com/example/cli)"))
                .collect(Collectors.toMap(Requirement::requiredCapability, r -> r));
        assertEquals(">= v1.30.0", byRequired.get("golang(github.com/aws/aws-sdk-go-v2/aws)").versionReq());
        assertEquals(">= v1.58.0", byRequired.get("golang(github.com/aws/aws-sdk-go-v2/service/s3/types)").versionReq());
        assertEquals("github.com/aws/aws-sdk-go-v2/service/s3", byRequired.get("golang(github.com/aws/aws-sdk-go-v2/service/s3/types)").dependency());
        assertEquals("s3.go:6", byRequired.get("golang(github.com/aws/aws-sdk-go-v2/service/s3/types)").origin());
        assertEquals(">= v0.9.2", byRequired.get("golang(github.com/fork/errors)").versionReq(), "the fork provides the import path's packages");
        assertEquals("*", byRequired.get("golang(github.com/mattn/go-runewidth)").versionReq(), "no go.mod requirement covers it");
        assertFalse(byRequired.containsKey("golang(context)"), "the standard library is no requirement");
        assertFalse(byRequired.keySet().stream().anyMatch(k -> k.contains("example.com/local")), "a directory replacement is go/local-replace's");
        assertEquals(DependencyKind.DEV, byRequired.get("golang(github.com/stretchr/testify/require)").kind());
        assertFalse(byRequired.get("golang(github.com/stretchr/testify/require)").hard());
        assertTrue(byRequired.get("golang(github.com/mattn/go-runewidth)").hard());
    }

    @Test
    void aGoLineNewerThanTheDistrosBreaksTheModuleAToolchainLineOnlyWarns() throws ManifestException {
        GoModuleInput tooNew = GoModuleInput.of(module("example.com/future", "v0.3.0", "module example.com/future\n\ngo 1.25.0\n",
                Map.of("f.go", "package future\n")), GO_124);
        Finding finding = tooNew.findings().get(0);
        assertEquals("go/go-version-too-new", finding.rule());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(List.of("example.com/future@v0.3.0#gomod(example.com/future)"), tooNew.seeds().stream().map(s -> s.node()).toList());

        GoModuleInput toolchain = GoModuleInput.of(module("example.com/t", "v1.0.0", "module example.com/t\n\ngo 1.22\n\ntoolchain go1.25.1\n",
                Map.of("t.go", "package t\n")), GO_124);
        assertEquals(Severity.WARNING, toolchain.findings().get(0).severity());
        assertEquals(List.of(), toolchain.seeds());

        GoModuleInput fine = GoModuleInput.of(module("example.com/ok", "v1.0.0", "module example.com/ok\n\ngo 1.24.0\n\ntoolchain go1.24.3\n",
                Map.of("ok.go", "package ok\n")), GoBuildContext.defaults("1.24.3"));
        assertEquals(List.of(), fine.findings());
    }

    @Test
    void standardPackagesNewerThanTheDistrosGoAreMissing() throws ManifestException {
        GoModuleInput input = GoModuleInput.of(module("example.com/it", "v1.0.0", null, Map.of(
                "it.go", "package it\n\nimport (\n\t\"iter\"\n\t\"slices\"\n)\n",
                "it_test.go", "package it\n\nimport \"testing/synctest\"\n")), GoBuildContext.defaults("1.22"));
        Map<String, Finding> bySubject = input.findings().stream().collect(Collectors.toMap(Finding::subject, f -> f));
        assertEquals(Set.of("iter", "testing/synctest"), bySubject.keySet(), "slices is in Go 1.21");
        assertEquals(Severity.ERROR, bySubject.get("iter").severity());
        assertTrue(bySubject.get("iter").message().contains("(it.go:4), which Go 1.23 added; the distro has Go 1.22"), bySubject.get("iter").message());
        assertEquals(Severity.WARNING, bySubject.get("testing/synctest").severity());
        assertEquals(List.of("example.com/it@v1.0.0#golang(example.com/it)"), input.seeds().stream().map(s -> s.node()).toList());
    }

    @Test
    void aGopathTreeWithoutGoModOrVersionStillRequiresWhatItImports() throws ManifestException {
        ArtifactRef ref = new ArtifactRef("gocode/src/github.com/legacy/tool", ArtifactKind.GO_SOURCE_TREE, 1, 1, "github.com/legacy/tool", null, List.of());
        GoModuleFacts facts = new GoModuleFacts(ref, "github.com/legacy/tool", null, List.of(new FileEntry("tool.go", 1, "0".repeat(64))), null, null,
                Map.of("tool.go", GoFileHeader.parse("package tool\n\nimport \"gopkg.in/yaml.v3\"\n".getBytes(StandardCharsets.UTF_8), true)));
        GoModuleInput input = GoModuleInput.of(facts, GO_124);
        assertTrue(requirements(input).contains("golang(github.com/legacy/tool) -> golang(gopkg.in/yaml.v3) *"), requirements(input).toString());
        assertTrue(input.provides().stream().allMatch(p -> p.version().isEmpty()));
    }

    @Test
    void aGopathTreeWhoseLocationIsNotItsModulePathIsImportableUnderBoth() throws ManifestException {
        ArtifactRef ref = new ArtifactRef("usr/share/gocode/src/github.com/cespare/xxhash", ArtifactKind.GO_SOURCE_TREE, 1, 1,
                "github.com/cespare/xxhash", null, List.of());
        GoModuleFacts facts = new GoModuleFacts(ref, "github.com/cespare/xxhash/v2", null,
                List.of(new FileEntry("go.mod", 1, "0".repeat(64)), new FileEntry("xxhash.go", 1, "0".repeat(64))),
                GoModParser.parse("module github.com/cespare/xxhash/v2\n\ngo 1.11\n"), null,
                Map.of("xxhash.go", GoFileHeader.parse("package xxhash\n".getBytes(StandardCharsets.UTF_8), true)));
        GoModuleInput input = GoModuleInput.of(facts, GO_124);
        assertEquals(Set.of("gomod(github.com/cespare/xxhash/v2)", "golang(github.com/cespare/xxhash/v2)", "golang(github.com/cespare/xxhash)"),
                input.provides().stream().map(p -> p.capability().toString()).collect(Collectors.toSet()));
        Requirement alias = input.requirements().stream().filter(r -> r.capability().equals("golang(github.com/cespare/xxhash)")).findFirst().orElseThrow();
        assertEquals("golang(github.com/cespare/xxhash/v2)", alias.requiredCapability());
        assertTrue(alias.internal() && alias.hard(), "the alias is exactly as broken as the package");
    }

    @Test
    void aCompatibilityLinkLendsTheTargetsPackagesToItsImportPath() throws ManifestException {
        ArtifactRef treeRef = new ArtifactRef("usr/share/gocode/src/golang.org/x/net", ArtifactKind.GO_SOURCE_TREE, 1, 1, "golang.org/x/net", null, List.of());
        GoModuleFacts net = new GoModuleFacts(treeRef, "golang.org/x/net", null,
                List.of(new FileEntry("html/parse.go", 1, "0".repeat(64)), new FileEntry("http2/h2.go", 1, "0".repeat(64))), null, null,
                Map.of("html/parse.go", GoFileHeader.parse("package html\n".getBytes(StandardCharsets.UTF_8), true),
                        "http2/h2.go", GoFileHeader.parse("package http2\n".getBytes(StandardCharsets.UTF_8), true)));
        GoModuleInput tree = GoModuleInput.of(net, GO_124);
        ArtifactRef linkRef = new ArtifactRef("usr/share/gocode/src/code.google.com/p/go.net", ArtifactKind.LINK, 0, 1, null, null, List.of());
        GoModuleInput whole = GoModuleInput.linked(tree, new GoLinkFacts(linkRef, "code.google.com/p/go.net", "usr/share/gocode/src/golang.org/x/net"));
        assertEquals(Set.of("golang(code.google.com/p/go.net/html)", "golang(code.google.com/p/go.net/http2)"),
                whole.provides().stream().map(p -> p.capability().toString()).collect(Collectors.toSet()));
        GoModuleInput one = GoModuleInput.linked(tree, new GoLinkFacts(linkRef, "code.google.com/p/go.html", "usr/share/gocode/src/golang.org/x/net/html"));
        assertEquals(List.of("golang(code.google.com/p/go.html)"), one.provides().stream().map(p -> p.capability().toString()).toList());
        assertTrue(one.requirements().stream().allMatch(r -> r.requiredCapability().equals("golang(golang.org/x/net/html)") && r.internal()));
    }

    @Test
    void testFixturesImportedByPathAreTheTreesOwnEvenThoughTheyAreNoPackages() throws ManifestException {
        GoModuleInput input = GoModuleInput.of(module("cloud.google.com/go", "v0.110.0", null, Map.of(
                "profiler/profiler.go", "package profiler\n",
                "profiler/heap_test.go", "package profiler\n\nimport \"cloud.google.com/go/profiler/testdata\"\n",
                "profiler/testdata/fixture.go", "package testdata\n")), GO_124);
        assertTrue(input.requirements().stream().noneMatch(r -> r.requiredCapability().contains("testdata")), requirements(input).toString());
        assertTrue(input.provides().stream().noneMatch(p -> p.capability().name().contains("testdata")));
    }
}
