package org.distpolicy.gosrc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoConstraintTest {
    private static GoFileHeader header(String source) {
        return GoFileHeader.parse(source.getBytes(UTF_8), true);
    }

    private static boolean eval(GoConstraint constraint, String... tags) {
        return constraint.eval(Set.of(tags)::contains);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "linux && (amd64 || arm64); linux && (amd64 || arm64)",
            "!windows;                  !windows",
            "a || b && c;               a || b && c",
            "(a || b) && !(c && d);     (a || b) && !(c && d)",
            "go1.21 && !purego;         go1.21 && !purego",
            "((x));                     x",
            "ünïcode_1.2;               ünïcode_1.2"})
    void parsesGoBuildExpressions(String expression, String printed) {
        assertEquals(printed, GoConstraintParser.parseGoBuild(expression).toString());
    }

    @Test
    void evaluatesWithPrecedenceAndNegation() {
        GoConstraint x = GoConstraintParser.parseGoBuild("a || b && !c");
        assertTrue(eval(x, "a", "c"));
        assertTrue(eval(x, "b"));
        assertFalse(eval(x, "b", "c"));
        assertFalse(eval(x));
        GoConstraint y = GoConstraintParser.parseGoBuild("linux && (amd64 || arm64)");
        assertTrue(eval(y, "linux", "arm64"));
        assertFalse(eval(y, "linux", "386"));
        assertFalse(eval(y, "darwin", "amd64"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'';                unexpected end of expression",
            "a &&;              unexpected end of expression",
            "a & b;             invalid syntax at &",
            "a | b;             invalid syntax at |",
            "!!a;               double negation not allowed",
            "(a || b;           missing close paren",
            "a b;               unexpected token b",
            "a);                unexpected token )",
            "linux/amd64;       invalid syntax at /",
            "a,b;               invalid syntax at ,"})
    void rejectsInvalidGoBuildExpressions(String expression, String reason) {
        GoConstraint x = GoConstraintParser.parseGoBuild(expression);
        assertEquals(new GoConstraint.Invalid(expression, reason), x);
        assertFalse(x.eval(tag -> true));
    }

    @Test
    void boundsHostileNesting() {
        GoConstraint deep = GoConstraintParser.parseGoBuild("(".repeat(100_000) + "a" + ")".repeat(100_000));
        assertEquals("build expression too large", ((GoConstraint.Invalid) deep).reason());
        GoConstraint wide = GoConstraintParser.parseGoBuild("a" + " || a".repeat(999));
        assertTrue(eval(wide, "a"));
    }

    @Test
    void legacyPlusBuildLines() {
        GoConstraint x = GoConstraintParser.parsePlusBuild("linux,amd64 darwin,!cgo");
        assertEquals("linux && amd64 || darwin && !cgo", x.toString());
        assertTrue(eval(x, "linux", "amd64"));
        assertTrue(eval(x, "darwin"));
        assertFalse(eval(x, "darwin", "cgo"));
        assertFalse(eval(x, "linux"));
        // Malformed words become the tag "ignore" instead of failing.
        assertEquals("ignore || !ignore || ignore", GoConstraintParser.parsePlusBuild("!!x !a/b !").toString());
        assertEquals("ignore", GoConstraintParser.parsePlusBuild("").toString());
    }

    @Test
    void goBuildWinsOverPlusBuild() {
        GoFileHeader h = header("//go:build linux && arm64\n// +build linux,amd64\n\npackage p\n");
        assertEquals("linux && arm64", h.constraint().toString());
        assertNull(h.problem());
    }

    @Test
    void plusBuildLinesAreAnded() {
        GoFileHeader h = header("""
                // Copyright 2009 The Go Authors.

                // +build !windows
                // +build !plan9,!js

                package unix
                """);
        assertEquals("!windows && !plan9 && !js", h.constraint().toString());
        assertTrue(eval(h.constraint(), "linux"));
        assertFalse(eval(h.constraint(), "js"));
    }

    @Test
    void plusBuildNeedsABlankLineBeforeThePackageClause() {
        assertEquals(GoConstraint.NONE, header("// +build ignore\npackage p\n").constraint());
        assertEquals(GoConstraint.NONE, header("/* c */\n\n// +build ignore\n\npackage p\n").constraint());
        assertEquals("ignore", header("// +build ignore\n\npackage p\n").constraint().toString());
        assertEquals(GoConstraint.NONE, header("package p\n\n// +build ignore\n\nimport \"x\"\n").constraint());
        assertEquals(GoConstraint.NONE, header("// +buildx y\n\npackage p\n").constraint());
    }

    @Test
    void goBuildCountsOnlyBeforeTheFirstCode() {
        assertEquals("linux", header("/* lead */\n//go:build linux\npackage p\n").constraint().toString());
        assertEquals(GoConstraint.NONE, header("package p\n//go:build linux\n").constraint());
        assertEquals(GoConstraint.NONE, header("/*\n//go:build linux\n*/\npackage p\n").constraint());
        assertEquals(GoConstraint.NONE, header("//go:buildlinux\npackage p\n").constraint());
        assertEquals(GoConstraint.NONE, header("// go:build linux\npackage p\n").constraint());
    }

    @Test
    void invalidGoBuildLinesAreProblems() {
        GoFileHeader bad = header("//go:build linux &&\n\npackage p\nimport \"os\"\n");
        assertInstanceOf(GoConstraint.Invalid.class, bad.constraint());
        assertEquals("line 1: parsing //go:build line: unexpected end of expression", bad.problem());
        assertEquals("p", bad.packageName());
        GoFileHeader twice = header("//go:build linux\n//go:build amd64\n\npackage p\n");
        assertEquals("line 2: multiple //go:build comments", twice.problem());
        assertFalse(twice.constraint().eval(tag -> true));
    }

    @Test
    void ignoreEvaluatesFalse() {
        assertFalse(eval(header("//go:build ignore\n\npackage main\n").constraint(), "linux", "amd64"));
    }
}
