package org.distpolicy.gosrc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoFileHeaderTest {
    private static GoFileHeader parse(String source) {
        return GoFileHeader.parse(source.getBytes(UTF_8), true);
    }

    private static List<String> paths(GoFileHeader header) {
        return header.imports().stream().map(GoImport::path).toList();
    }

    @Test
    void readsEveryImportForm() {
        GoFileHeader header = parse("""
                package unix

                import "fmt"
                import sys "golang.org/x/sys/unix"
                import _ "embed"
                import . "strings"
                import (
                	"os"; "io"
                	raw `example.com/raw`
                	_ "net/http/pprof"
                )
                import ()

                func main() {}
                """);
        assertNull(header.problem());
        assertEquals("unix", header.packageName());
        assertEquals(List.of(new GoImport("fmt", 3), new GoImport("golang.org/x/sys/unix", 4),
                new GoImport("embed", 5), new GoImport("strings", 6), new GoImport("os", 8),
                new GoImport("io", 8), new GoImport("example.com/raw", 9), new GoImport("net/http/pprof", 10)),
                header.imports());
        assertEquals(GoConstraint.NONE, header.constraint());
    }

    @Test
    void stopsAtTheFirstOtherDeclaration() {
        GoFileHeader header = parse("package p\nimport \"a\"\nvar x = 1\nimport \"b\"\n");
        assertNull(header.problem());
        assertEquals(List.of("a"), paths(header));
    }

    @Test
    void commentsMayStandBetweenAnyTwoTokens() {
        GoFileHeader header = parse("""
                /* lead */ package /* a */ p // b
                import /* c
                d */ ( // e
                	/* f */ x /* g */ "one" /* h */
                	// "not/an/import"
                ) /* i */ import "two"
                """);
        assertNull(header.problem());
        assertEquals("p", header.packageName());
        assertEquals(List.of(new GoImport("one", 4), new GoImport("two", 6)), header.imports());
    }

    @Test
    void decodesEscapesInInterpretedStrings() {
        GoFileHeader header = parse("package p\nimport (\"a\\x2fb\" \"c\\u00e9\" \"\\141\\142\" \"q\\U00000041\")\n");
        assertNull(header.problem());
        assertEquals(List.of("a/b", "cé", "ab", "qA"), paths(header));
    }

    @Test
    void rawStringsDropCarriageReturns() {
        GoFileHeader header = parse("package p\r\nimport `exa\rmple.com/m`\r\n");
        assertNull(header.problem());
        assertEquals(List.of(new GoImport("example.com/m", 2)), header.imports());
    }

    @Test
    void skipsAByteOrderMark() {
        byte[] source = "\uFEFF//go:build linux\n\npackage p\nimport \"os\"\n".getBytes(UTF_8);
        GoFileHeader header = GoFileHeader.parse(source, true);
        assertNull(header.problem());
        assertEquals("p", header.packageName());
        assertEquals("linux", header.constraint().toString());
        assertEquals(List.of(new GoImport("os", 4)), header.imports());
    }

    @Test
    void fileWithOnlyAPackageClauseIsFine() {
        GoFileHeader header = parse("// Package doc says things.\npackage doc");
        assertNull(header.problem());
        assertEquals("doc", header.packageName());
        assertEquals(List.of(), header.imports());
    }

    @Test
    void missingPackageClause() {
        assertEquals("line 1: expected 'package', found 'import'", parse("import \"fmt\"\n").problem());
        assertEquals("line 3: expected 'package'", parse("// just\n// comments\n").problem());
        assertEquals("", parse("").packageName());
        assertEquals("line 1: expected package name, found '1x'", parse("package 1x\n").problem());
        assertEquals("line 1: invalid package name _", parse("package _\n").problem());
        assertEquals("line 1: expected package name, found '\"p\"'", parse("package \"p\"\n").problem());
        assertEquals("line 1: expected 'package', found '/x'", parse("/x\n").problem());
    }

    @Test
    void syntaxErrorsKeepTheImportsReadBefore() {
        GoFileHeader header = parse("package p\nimport \"a\"\nimport \"b\n\"\n");
        assertEquals("line 3: string literal not terminated", header.problem());
        assertEquals(List.of("a"), paths(header));
        assertEquals("line 2: expected import path, found '42'", parse("package p\nimport 42\n").problem());
        assertEquals("line 4: expected ')'", parse("package p\nimport (\n\"a\"\n").problem());
        assertEquals("line 2: comment not terminated", parse("package p\n/* open\n").problem());
        assertEquals("line 2: raw string literal not terminated", parse("package p\nimport `x\n").problem());
        assertEquals("line 2: unknown escape sequence", parse("package p\nimport \"a\\qb\"\n").problem());
        assertEquals("line 2: invalid import path: \"a b\"", parse("package p\nimport \"a b\"\n").problem());
        assertEquals("line 2: invalid import path: \"\"", parse("package p\nimport \"\"\n").problem());
        assertEquals("line 2: invalid import path: \"\\xff\"", parse("package p\nimport \"\\xff\"\n").problem());
    }

    @Test
    void nulAndInvalidUtf8InTheHeaderAreProblems() {
        byte[] nul = "package p\nimport \"a\u0000b\"\n".getBytes(UTF_8);
        assertEquals("line 2: unexpected NUL in input", GoFileHeader.parse(nul, true).problem());
        byte[] latin1 = "// caf\u00e9\npackage p\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("line 1: invalid UTF-8 encoding", GoFileHeader.parse(latin1, true).problem());
        byte[] surrogate = {'p', 'a', 'c', 'k', 'a', 'g', 'e', ' ', 'p', '\n', '/', '/', (byte) 0xED, (byte) 0xA0,
                (byte) 0x80, '\n'};
        assertEquals("line 2: invalid UTF-8 encoding", GoFileHeader.parse(surrogate, true).problem());
    }

    @Test
    void bytesAfterTheHeaderAreNotItsBusiness() {
        byte[] source = "package p\nimport \"a\"\nfunc f() { \u0000 }\n".getBytes(UTF_8);
        GoFileHeader header = GoFileHeader.parse(source, true);
        assertNull(header.problem());
        assertEquals(List.of("a"), paths(header));
    }

    @Test
    void aHeadCutInsideTheImportsSaysSo() {
        byte[] source = "package p\nimport (\n\t\"a\"\n\t\"b\"\n)\nfunc f() {}\n".getBytes(UTF_8);
        for (int cut = 0; cut < 32; cut++) {
            GoFileHeader header = GoFileHeader.parse(Arrays.copyOf(source, cut), false);
            assertEquals("import section does not end within the first " + cut + " bytes read",
                    header.problem().replaceFirst("^line \\d+: ", ""), "cut at " + cut);
        }
        // "f" cannot start "import", so the imports have ended.
        GoFileHeader ended = GoFileHeader.parse(Arrays.copyOf(source, 32), false);
        assertNull(ended.problem());
        assertEquals(List.of("a", "b"), paths(ended));
    }

    @Test
    void aCutMultibyteCharacterIsNotInvalid() {
        byte[] source = "package p\nimport \"a\"\n// é".getBytes(UTF_8);
        GoFileHeader header = GoFileHeader.parse(Arrays.copyOf(source, source.length - 1), false);
        assertEquals("line 3: import section does not end within the first 25 bytes read", header.problem());
    }

    @Test
    void cgoFile() {
        GoFileHeader header = parse("""
                //go:build cgo && linux

                package user

                /*
                #include <unistd.h>
                */
                import "C"
                import "unsafe"
                """);
        assertNull(header.problem());
        assertTrue(header.importsC());
        assertEquals(List.of(new GoImport("C", 8), new GoImport("unsafe", 9)), header.imports());
    }

    @Test
    void neverThrowsOnRandomBytes() {
        java.util.Random random = new java.util.Random(20250101);
        byte[] alphabet = "package import ( ) \" ` \\ / * ; \n\t _ . x C //go:build +build !&| \u00e9".getBytes(UTF_8);
        for (int i = 0; i < 20_000; i++) {
            byte[] input = new byte[random.nextInt(80)];
            for (int j = 0; j < input.length; j++) {
                input[j] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            GoFileHeader header = GoFileHeader.parse(input, random.nextBoolean());
            assertNotNull(header.constraint());
            assertNotNull(header.packageName());
        }
    }
}
