package org.distpolicy.gomod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoModulePathTest {

    /** golang.org/x/mod/module's checkPathTests: path, valid module path, valid import path. */
    static Stream<Arguments> checkPathTable() {
        Object[][] rows = {
                {"x.y/z", true, true},
                {"x.y", true, true},
                {"", false, false},
                {"x.y/\uD800z", false, false}, // a lone surrogate is what invalid UTF-8 looks like in Java
                {"/x.y/z", false, false},
                {"x./z", false, false},
                {".x/z", false, true},
                {"-x/z", false, false},
                {"x..y/z", true, true},
                {"x.y/z/../../w", false, false},
                {"x.y//z", false, false},
                {"x.y/z//w", false, false},
                {"x.y/z/", false, false},
                {"x.y/z/v0", false, true},
                {"x.y/z/v1", false, true},
                {"x.y/z/v2", true, true},
                {"x.y/z/v2.0", false, true},
                {"X.y/z", false, true},
                {"!x.y/z", false, false},
                {"_x.y/z", false, true},
                {"x.y!/z", false, false},
                {"x.y\"/z", false, false},
                {"x.y#/z", false, false},
                {"x.y$/z", false, false},
                {"x.y%/z", false, false},
                {"x.y&/z", false, false},
                {"x.y'/z", false, false},
                {"x.y(/z", false, false},
                {"x.y)/z", false, false},
                {"x.y*/z", false, false},
                {"x.y+/z", false, true},
                {"x.y,/z", false, false},
                {"x.y-/z", true, true},
                {"x.y./zt", false, false},
                {"x.y:/z", false, false},
                {"x.y;/z", false, false},
                {"x.y</z", false, false},
                {"x.y=/z", false, false},
                {"x.y>/z", false, false},
                {"x.y?/z", false, false},
                {"x.y@/z", false, false},
                {"x.y[/z", false, false},
                {"x.y\\/z", false, false},
                {"x.y]/z", false, false},
                {"x.y^/z", false, false},
                {"x.y_/z", false, true},
                {"x.y`/z", false, false},
                {"x.y{/z", false, false},
                {"x.y}/z", false, false},
                {"x.y~/z", false, true},
                {"x.y/z!", false, false},
                {"x.y/z\"", false, false},
                {"x.y/z#", false, false},
                {"x.y/z$", false, false},
                {"x.y/z%", false, false},
                {"x.y/z&", false, false},
                {"x.y/z'", false, false},
                {"x.y/z(", false, false},
                {"x.y/z)", false, false},
                {"x.y/z*", false, false},
                {"x.y/z++", false, true},
                {"x.y/z,", false, false},
                {"x.y/z-", true, true},
                {"x.y/z.t", true, true},
                {"x.y/z/t", true, true},
                {"x.y/z:", false, false},
                {"x.y/z;", false, false},
                {"x.y/z<", false, false},
                {"x.y/z=", false, false},
                {"x.y/z>", false, false},
                {"x.y/z?", false, false},
                {"x.y/z@", false, false},
                {"x.y/z[", false, false},
                {"x.y/z\\", false, false},
                {"x.y/z]", false, false},
                {"x.y/z^", false, false},
                {"x.y/z_", true, true},
                {"x.y/z`", false, false},
                {"x.y/z{", false, false},
                {"x.y/z}", false, false},
                {"x.y/z~", true, true},
                {"x.y/x.foo", true, true},
                {"x.y/aux.foo", false, false},
                {"x.y/prn", false, false},
                {"x.y/prn2", true, true},
                {"x.y/com", true, true},
                {"x.y/com1", false, false},
                {"x.y/com1.txt", false, false},
                {"x.y/calm1", true, true},
                {"x.y/z~0", false, false},
                {"x.y/z~09", false, false},
                {"x.y/z09", true, true},
                {"x.y/z09~", true, true},
                {"x.y/z09~09z", true, true},
                {"x.y/z09~09z~09", false, false},
                {"github.com/!123/logrus", false, false},
                {"github.com/user/unicode/испытание", false, false},
                {"../x", false, false},
                {"./y", false, false},
                {"x:y", false, false},
                {"\\temp\\foo", false, false},
                {".gitignore", false, true},
                {".github/ISSUE_TEMPLATE", false, true},
                {"x☺y", false, false},
        };
        return Stream.of(rows).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("checkPathTable")
    void checksModuleAndImportPathsLikeXMod(String path, boolean moduleOk, boolean importOk) {
        assertEquals(moduleOk, GoModulePath.check(path) == null, () -> "check: " + GoModulePath.check(path));
        assertEquals(importOk, GoModulePath.checkImport(path) == null,
                () -> "checkImport: " + GoModulePath.checkImport(path));
    }

    @Test
    void moduleCheckNamesTheFirstProblemAsCmdGoDoes() {
        assertEquals("malformed module path \"\": empty string", GoModulePath.check(""));
        assertEquals("malformed module path \"hello\": missing dot in first path element", GoModulePath.check("hello"));
        assertEquals("malformed module path \"X.y/z\": invalid char 'X' in first path element",
                GoModulePath.check("X.y/z"));
        assertEquals("malformed module path \"x.y/z/v1\": invalid version", GoModulePath.check("x.y/z/v1"));
        assertEquals("malformed module path \"x.y/.git\": leading dot in path element", GoModulePath.check("x.y/.git"));
        assertEquals("malformed module path \"x.y/z.\": trailing dot in path element", GoModulePath.check("x.y/z."));
        assertEquals("malformed module path \"x.y/z/../w\": invalid path element \"..\"",
                GoModulePath.check("x.y/z/../w"));
        assertEquals("malformed module path \"x.y/Com1.txt\": \"Com1\" disallowed as path element component on Windows",
                GoModulePath.check("x.y/Com1.txt"));
        assertEquals("malformed module path \"x.y/PROGRA~1\": trailing tilde and digits in path element",
                GoModulePath.check("x.y/PROGRA~1"));
        assertEquals("malformed module path \"x.y/испытание\": invalid char 'и'", GoModulePath.check("x.y/испытание"));
        assertEquals("malformed module path \"x.y/a b\": invalid char ' '", GoModulePath.check("x.y/a b"));
        assertEquals("malformed module path \"x.y/\\ufffd\": invalid UTF-8", GoModulePath.check("x.y/\uD800"));
        assertEquals("malformed module path \"-x.y\": leading dash", GoModulePath.check("-x.y"));
        assertEquals("malformed module path \"x.y//z\": double slash", GoModulePath.check("x.y//z"));
        assertEquals("malformed module path \"x.y/z/\": trailing slash", GoModulePath.check("x.y/z/"));
    }

    @Test
    void importCheckAllowsPlusButNotWindowsShortNames() {
        assertNull(GoModulePath.checkImport("example.com/g++"));
        assertEquals("malformed import path \"x.y/z~0\": trailing tilde and digits in path element",
                GoModulePath.checkImport("x.y/z~0"));
        assertEquals("malformed import path \"x y\": invalid char ' '", GoModulePath.checkImport("x y"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x.y/z", "x.y/z/v2", "x.y/z/v3", "x.y/v", "gopkg.in/yaml.v0", "gopkg.in/yaml.v1",
            "gopkg.in/yaml.v2", "gopkg.in/yaml.v3", "gopkg.in/yaml.v3-unstable", "x.y/z/v10", "v2", "/v2"})
    void splitPartsAddUpToThePath(String path) {
        GoModulePath.Split split = GoModulePath.splitPathVersion(path).orElseThrow();
        assertEquals(path, split.prefix() + split.pathMajor());
    }

    @Test
    void splitFindsTheMajorVersionSuffix() {
        assertEquals(Optional.of(new GoModulePath.Split("x.y/z", "")), GoModulePath.splitPathVersion("x.y/z"));
        assertEquals(Optional.of(new GoModulePath.Split("x.y/z", "/v2")), GoModulePath.splitPathVersion("x.y/z/v2"));
        assertEquals(Optional.of(new GoModulePath.Split("x.y/v", "")), GoModulePath.splitPathVersion("x.y/v"));
        assertEquals(Optional.of(new GoModulePath.Split("gopkg.in/yaml", ".v0")),
                GoModulePath.splitPathVersion("gopkg.in/yaml.v0"));
        assertEquals(Optional.of(new GoModulePath.Split("gopkg.in/check", ".v1-unstable")),
                GoModulePath.splitPathVersion("gopkg.in/check.v1-unstable"));
        // a leading "v2" is no version suffix: there is no slash before it
        assertEquals(Optional.of(new GoModulePath.Split("v2", "")), GoModulePath.splitPathVersion("v2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x.y/z/v1", "x.y/z/v0", "x.y/z/v02", "x.y/z/v2.0", "x.y/z/v2.", "gopkg.in/yaml",
            "gopkg.in/yaml.v", "gopkg.in/yaml.v02", "gopkg.in/yaml/v2"})
    void splitRejectsMalformedVersionSuffixes(String path) {
        assertTrue(GoModulePath.splitPathVersion(path).isEmpty());
    }

    @Test
    void pathMajorDecidesWhichMajorVersionsBelong() {
        assertNull(GoModulePath.pathMajorProblem("v0.0.0", ""));
        assertEquals("should be v2, not v0", GoModulePath.pathMajorProblem("v0.0.0", "/v2"));
        assertNull(GoModulePath.pathMajorProblem("v0.0.0", ".v0"));
        assertNull(GoModulePath.pathMajorProblem("v0.0.0-20190510104115-cbcb75029529", ".v1"));
        assertEquals("should be v2, not v1", GoModulePath.pathMajorProblem("v1.0.0", "/v2"));
        assertNull(GoModulePath.pathMajorProblem("v1.0.0", ".v1"));
        assertNull(GoModulePath.pathMajorProblem("v1.0.0", ".v1-unstable"));
        assertNull(GoModulePath.pathMajorProblem("v2.0.0+incompatible", ""));
        assertEquals("should be v0 or v1, not v2", GoModulePath.pathMajorProblem("v2.0.0", ""));
        assertNull(GoModulePath.pathMajorProblem("v2.0.0", "/v2"));
        assertNull(GoModulePath.pathMajorProblem("v2.0.0", ".v2"));
        assertEquals("should be v1, not v0", GoModulePath.pathMajorProblem("v0.0.0", ".v1"));
    }

    @Test
    void unescapeUndoesTheProxyCaseEncoding() {
        assertEquals(Optional.of("github.com/GoogleCloudPlatform/omega"),
                GoModulePath.unescape("github.com/!google!cloud!platform/omega"));
        assertEquals(Optional.of("github.com/Azure/azure-sdk-for-go"),
                GoModulePath.unescape("github.com/!azure/azure-sdk-for-go"));
        assertEquals(Optional.of("ascii.com/abcdefghijklmnopqrstuvwxyz.-/~_0123456789"),
                GoModulePath.unescape("ascii.com/abcdefghijklmnopqrstuvwxyz.-/~_0123456789"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "github.com/GoogleCloudPlatform/omega",      // upper case is never part of the encoding
            "github.com/!google!cloud!platform!/omega",  // "!" before a non-letter
            "github.com/!0google!cloud!platform/omega",
            "github.com/!_google!cloud!platform/omega",
            "github.com/!!google!cloud!platform/omega",
            "github.com/google!",                        // dangling "!"
            "github.com/caf\u00e9",                      // non-ASCII
            "",
            "!github.com/x",                             // decodes to a path with an upper-case domain
            "x.y/z/v1",                                  // decodes fine but is no valid module path
    })
    void unescapeRefusesBadEncodingsAndBadPaths(String escaped) {
        assertTrue(GoModulePath.unescape(escaped).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", "./x", "../x", ".\\x", "..\\x", "/abs", "\\abs", "C:\\dir", "c:/dir", "./"})
    void directoryPaths(String path) {
        assertTrue(GoModulePath.isDirectoryPath(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com/x", "x", ".x", "..x", "...", "1:x", "", "-:", "~/x"})
    void modulePathsAreNotDirectories(String path) {
        assertFalse(GoModulePath.isDirectoryPath(path));
    }
}
