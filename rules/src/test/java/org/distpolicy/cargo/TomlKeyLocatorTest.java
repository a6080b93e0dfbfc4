package org.distpolicy.cargo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The locator must follow TOML closely enough that text inside strings and comments never fools it. */
class TomlKeyLocatorTest {

    private static SourcePosition locate(String toml, KeyPath path) {
        return new TomlKeyLocator(toml).locate(path);
    }

    private static KeyPath path(String... keys) {
        KeyPath path = KeyPath.root();
        for (String key : keys) {
            path = path.key(key);
        }
        return path;
    }

    @Test
    void findsAKeyUnderATableHeader() {
        assertEquals(new SourcePosition(3, 3),
                locate("[dependencies]\nlog = \"0.4\"\n  serde = \"1\"\n", path("dependencies", "serde")));
    }

    @Test
    void aHeaderLocatesTheTableAndEachOfItsPrefixes() {
        String toml = "a = 1\n\n[target.'cfg(unix)'.dependencies]\nlibc = \"0.2\"\n";

        assertEquals(new SourcePosition(3, 1), locate(toml, path("target")));
        assertEquals(new SourcePosition(3, 1), locate(toml, path("target", "cfg(unix)", "dependencies")));
    }

    @Test
    void anAbsentKeyFallsBackToItsNearestWrittenParent() {
        assertEquals(new SourcePosition(2, 1), locate("\n[package]\nversion = \"1\"\n", path("package", "name")));
    }

    @Test
    void aKeyWrittenNowhereIsUnknown() {
        assertEquals(SourcePosition.UNKNOWN, locate("a = 1\n", path("b")));
    }

    @Test
    void multiLineStringsAndCommentsDoNotHideOrFakeKeys() {
        String toml = """
                # [dependencies]
                # serde = 1
                [package]
                description = \"""
                [dependencies]
                serde = 1 \\\"""
                still = "inside"
                ""\"""
                notes = '''
                [dependencies]
                serde = 2'''
                [dependencies] # serde = 3
                serde = 1
                """;

        assertEquals(new SourcePosition(12, 1), locate(toml, path("dependencies")));
        assertEquals(new SourcePosition(13, 1), locate(toml, path("dependencies", "serde")));
    }

    @Test
    void literalStringsHaveNoEscapes() {
        String toml = "[dependencies]\nfoo = { path = 'C:\\dir\\', version = 5 }\n";

        assertEquals(new SourcePosition(2, 27), locate(toml, path("dependencies", "foo", "version")));
    }

    @Test
    void quotedKeysAreDecoded() {
        String toml = "[dependencies]\n\"ser\\u0064e\" = 1\n'cfg(unix)' = 2\n";

        assertEquals(new SourcePosition(2, 1), locate(toml, path("dependencies", "serde")));
        assertEquals(new SourcePosition(3, 1), locate(toml, path("dependencies", "cfg(unix)")));
    }

    @Test
    void dottedKeysLocateEachLevel() {
        String toml = "[dependencies]\nserde . workspace = true\n";

        assertEquals(new SourcePosition(2, 1), locate(toml, path("dependencies", "serde")));
        assertEquals(new SourcePosition(2, 9), locate(toml, path("dependencies", "serde", "workspace")));
    }

    @Test
    void arrayElementsAreLocatedAcrossLinesAndComments() {
        String toml = "[features]\ndefault = [ # the usual\n  \"std\",\n  # not this one\n  [\"x\", \"y\"], 7,\n]\n";
        KeyPath defaults = path("features", "default");

        assertEquals(new SourcePosition(3, 3), locate(toml, defaults.index(0)));
        assertEquals(new SourcePosition(5, 3), locate(toml, defaults.index(1)));
        assertEquals(new SourcePosition(5, 9), locate(toml, defaults.index(1).index(1)));
        assertEquals(new SourcePosition(5, 15), locate(toml, defaults.index(2)));
    }

    @Test
    void eachArrayOfTablesHeaderIsTheNextElement() {
        String toml = "[[bin]]\nname = \"a\"\n\n[[bin]]\nname = \"b\"\n[bin.extra]\npath = 1\n[[test]]\nname = \"t\"\n";

        assertEquals(new SourcePosition(1, 1), locate(toml, path("bin").index(0)));
        assertEquals(new SourcePosition(5, 1), locate(toml, path("bin").index(1).key("name")));
        assertEquals(new SourcePosition(7, 1), locate(toml, path("bin").index(1).key("extra").key("path")));
        assertEquals(new SourcePosition(9, 1), locate(toml, path("test").index(0).key("name")));
    }

    @Test
    void inlineTablesInsideArraysAreFollowed() {
        String toml = "bin = [{ name = \"a\" }, { name = 5, path = \"p\" }]\n";

        assertEquals(new SourcePosition(1, 26), locate(toml, path("bin").index(1).key("name")));
        assertEquals(new SourcePosition(1, 36), locate(toml, path("bin").index(1).key("path")));
    }

    @Test
    void aMultiLineStringEndingInQuotesEndsAtTheLastDelimiter() {
        String toml = "a = \"\"\"He said \"hi\"\"\"\"\nb = 1\n";

        assertEquals(new SourcePosition(2, 1), locate(toml, path("b")));
    }

    @Test
    void columnsCountCharacters() {
        assertEquals(new SourcePosition(1, 16), locate("x = { \"é\" = 1, b = 2 }\n", path("x", "b")));
    }
}
