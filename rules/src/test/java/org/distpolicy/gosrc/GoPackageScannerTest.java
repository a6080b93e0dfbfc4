package org.distpolicy.gosrc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoPackageScannerTest {
    private static final String MODULE = "golang.org/x/sys";

    /** A tree: file path to source; .go files get parsed headers, every file is listed. */
    private final Map<String, String> tree = new LinkedHashMap<>();

    private GoTreePackages scan(GoBuildContext context) {
        Map<String, GoFileHeader> headers = new LinkedHashMap<>();
        tree.forEach((path, source) -> {
            if (path.endsWith(".go")) {
                headers.put(path, GoFileHeader.parse(source.getBytes(UTF_8), true));
            }
        });
        return GoPackageScanner.scan(MODULE, new ArrayList<>(tree.keySet()), headers, context);
    }

    private GoTreePackages scan() {
        return scan(GoBuildContext.defaults("1.22"));
    }

    private static List<String> importPaths(GoTreePackages packages) {
        return packages.packages().stream().map(GoPackage::importPath).toList();
    }

    @Test
    void findsPackagesAndTheirImports() {
        tree.put("go.mod", "module golang.org/x/sys\n");
        tree.put("unix/syscall.go", "// Package unix is low level.\npackage unix\n\nimport \"strings\"\n");
        tree.put("unix/syscall_linux.go", """
                //go:build linux

                package unix

                import (
                	"encoding/binary"
                	"strings"
                	"syscall"
                	"unsafe"
                )
                """);
        tree.put("unix/zsyscall_windows_amd64.go", "package unix\n\nimport \"golang.org/x/sys/windows\"\n");
        tree.put("unix/syscall_linux_test.go", """
                package unix_test

                import (
                	"testing"
                	"strings"
                	"golang.org/x/sys/unix"
                )
                """);
        tree.put("unix/export_test.go", "package unix\n\nimport \"C\"\nimport \"os/exec\"\n");
        tree.put("unix/README.md", "# unix\n");
        tree.put("cpu/cpu.go", "package cpu\n\nimport \"runtime\"\n");
        tree.put("cmd/mkall/main.go", "package main\n\nimport \"fmt\"\n");

        GoTreePackages result = scan();

        assertEquals(List.of(), result.problems());
        assertEquals(List.of(
                new GoPackage("golang.org/x/sys/cmd/mkall", "cmd/mkall", "main",
                        List.of(new GoPackageImport("fmt", "cmd/mkall/main.go", 3)), List.of()),
                new GoPackage("golang.org/x/sys/cpu", "cpu", "cpu",
                        List.of(new GoPackageImport("runtime", "cpu/cpu.go", 3)), List.of()),
                new GoPackage("golang.org/x/sys/unix", "unix", "unix",
                        List.of(new GoPackageImport("encoding/binary", "unix/syscall_linux.go", 6),
                                new GoPackageImport("strings", "unix/syscall.go", 4),
                                new GoPackageImport("syscall", "unix/syscall_linux.go", 8),
                                new GoPackageImport("unsafe", "unix/syscall_linux.go", 9)),
                        List.of(new GoPackageImport("os/exec", "unix/export_test.go", 4),
                                new GoPackageImport("testing", "unix/syscall_linux_test.go", 4)))),
                result.packages());
        assertTrue(result.packages().get(0).command());
        assertFalse(result.packages().get(2).command());
    }

    @Test
    void rootDirectoryIsTheModulePath() {
        tree.put("go.mod", "module golang.org/x/sys\n");
        tree.put("sys.go", "package sys\n");
        assertEquals(List.of(new GoPackage(MODULE, "", "sys", List.of(), List.of())), scan().packages());
    }

    @Test
    void skipsTestdataVendorHiddenAndUnderscoreDirectories() {
        tree.put("a/a.go", "package a\n");
        tree.put("testdata/t.go", "package t\n");
        tree.put("a/testdata/x/t.go", "package t\n");
        tree.put("vendor/example.com/v/v.go", "package v\n");
        tree.put("a/vendor/v.go", "package v\n");
        tree.put("_obsolete/o.go", "package o\n");
        tree.put(".github/g.go", "package g\n");
        tree.put("a/_b/c/c.go", "package c\n");
        tree.put("a/b.c/d.go", "package d\n");
        assertEquals(List.of("golang.org/x/sys/a", "golang.org/x/sys/a/b.c"), importPaths(scan()));
    }

    @Test
    void skipsNestedModules() {
        tree.put("go.mod", "module golang.org/x/sys\n");
        tree.put("a/a.go", "package a\n");
        tree.put("tools/go.mod", "module golang.org/x/sys/tools\n");
        tree.put("tools/t.go", "package tools\n");
        tree.put("tools/deep/d.go", "package deep\n");
        tree.put("a/b/go.mod", "module golang.org/x/sys/a/b\n");
        tree.put("a/b/c/c.go", "package c\n");
        tree.put("a/bb/bb.go", "package bb\n");
        assertEquals(List.of("golang.org/x/sys/a", "golang.org/x/sys/a/bb"), importPaths(scan()));
    }

    @Test
    void directoriesWithoutBuildingNonTestFilesProvideNothing() {
        tree.put("onlytests/x_test.go", "package onlytests\n\nimport \"testing\"\n");
        tree.put("windows/syscall_windows.go", "package windows\n");
        tree.put("windows/zerrors_windows_amd64.go", "package windows\n");
        tree.put("ignored/gen.go", "//go:build ignore\n\npackage main\n");
        tree.put("plan9/p.go", "//go:build plan9\n\npackage plan9\n");
        tree.put("doc/doc.go", "package documentation\n");
        tree.put("cgo/c.go", "package cgo\n\nimport \"C\"\n");
        GoTreePackages result = scan();
        assertEquals(List.of("golang.org/x/sys/cgo"), importPaths(result));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), scan(new GoBuildContext(GoBuildContext.defaults("1.22").targets(), "1.22", false))
                .packages());
    }

    @Test
    void documentationFilesDoNotConflictWithThePackage() {
        tree.put("x/doc.go", "package documentation\n\nimport \"ignored\"\n");
        tree.put("x/x.go", "package x\n");
        GoTreePackages result = scan();
        assertEquals(List.of(new GoPackage("golang.org/x/sys/x", "x", "x", List.of(), List.of())), result.packages());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void reportsMultiplePackagesInOneDirectory() {
        tree.put("a/b/x.go", "package x\n\nimport \"fmt\"\n");
        tree.put("a/b/y.go", "package y\n\nimport \"os\"\n");
        tree.put("a/b/z.go", "package z\n");
        tree.put("a/b/z_windows.go", "package w\n");
        GoTreePackages result = scan();
        assertEquals(List.of("a/b: found packages x (x.go) and y (y.go)"), result.problems());
        GoPackage ab = result.packages().get(0);
        assertEquals("x", ab.name());
        assertEquals(List.of("fmt", "os"), ab.imports().stream().map(GoPackageImport::path).toList());
    }

    @Test
    void externalTestPackageIsNotAConflict() {
        tree.put("a/a.go", "package a\n");
        tree.put("a/a_test.go", "package a_test\n\nimport \"golang.org/x/sys/a\"\n");
        tree.put("a/b_test.go", "package b\n");
        GoTreePackages result = scan();
        assertEquals(List.of("a: found packages a (a.go) and b (b_test.go)"), result.problems());
        assertEquals(List.of(), result.packages().get(0).testImports());
    }

    @Test
    void reportsFileProblemsWithTheirPaths() {
        tree.put("go.mod", "module golang.org/x/sys\n");
        tree.put("p.go", "package p\n\nimport \"ok\"\nimport \"broken\n");
        tree.put("bad.go", "//go:build linux &&\n\npackage p\n\nimport \"never\"\n");
        tree.put("_skipped.go", "not go at all");
        tree.put("testdata/broken.go", "not go at all");
        GoTreePackages result = scan();
        assertEquals(List.of("bad.go: line 1: parsing //go:build line: unexpected end of expression",
                "p.go: line 4: string literal not terminated"), result.problems());
        assertEquals(List.of(new GoPackage(MODULE, "", "p", List.of(new GoPackageImport("ok", "p.go", 3)),
                List.of())), result.packages());
    }

    @Test
    void importsDependOnTheGoVersion() {
        tree.put("m/new.go", "//go:build go1.21\n\npackage m\n\nimport \"slices\"\n");
        tree.put("m/old.go", "//go:build !go1.21\n\npackage m\n\nimport \"sort\"\n");
        assertEquals(List.of("sort"), imports(scan(GoBuildContext.defaults("1.20"))));
        assertEquals(List.of("slices"), imports(scan(GoBuildContext.defaults("1.21"))));
    }

    private static List<String> imports(GoTreePackages result) {
        return result.packages().get(0).imports().stream().map(GoPackageImport::path).toList();
    }
}
