package org.distpolicy.gomod;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.distpolicy.manifest.ManifestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoModParserErrorTest {
    private static final String REPLACE_USAGE = "usage: replace module/path [v1.2.3] => other/module v1.4\n"
            + "\t or replace module/path [v1.2.3] => ../local/directory";

    private static void assertError(String text, String message, int line, int column) {
        ManifestException e = assertThrows(ManifestException.class, () -> GoModParser.parse(text));
        assertAll(
                () -> assertEquals(message, e.getMessage()),
                () -> assertEquals(line, e.line(), "line"),
                () -> assertEquals(column, e.column(), "column"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void lexicalErrors(String text, String message, int line, int column) {
        assertError(text, message, line, column);
    }

    static Stream<Arguments> lexicalErrors() {
        return Stream.of(
                Arguments.of("module example.com/m /* c */\n",
                        "mod files must use // comments (not /* */ comments)", 1, 22),
                Arguments.of("module x/*y\n", "mod files must use // comments (not /* */ comments)", 1, 9),
                Arguments.of("module \"example.com/m", "unexpected EOF in string", 1, 8),
                Arguments.of("module \"abc\\", "unexpected EOF in string", 1, 8),
                Arguments.of("module `abc\ndef`\n", "unexpected newline in string", 1, 12),
                Arguments.of("module example.com/m\n\u000Bgo 1.21\n", "unexpected input character '\\v'", 2, 1),
                Arguments.of("\uFEFFmodule example.com/m\n", "unexpected input character '\\ufeff'", 1, 1),
                Arguments.of("module x\u00A0y\n", "unexpected input character '\\u00a0'", 1, 9),
                Arguments.of("module \uD800\n", "unexpected input character '\\ufffd'", 1, 8),
                // columns count code points: the emoji before the bad character is one column
                Arguments.of("module \uD83D\uDE00\u0000\n", "unexpected input character '\\x00'", 1, 9));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void syntaxErrors(String text, String message, int line, int column) {
        assertError(text, message, line, column);
    }

    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                Arguments.of("module example.com/m\nrequire (\n\texample.com/a v1.0.0\n",
                        "syntax error (unterminated block started at 2:1)", 4, 1),
                Arguments.of("require (\n\texample.com/a v1.0.0\n) x\n",
                        "syntax error (expected newline after closing paren)", 3, 3),
                // one token of lookahead, as in modfile: the bad character after ")" is read first
                Arguments.of("require (\n) \u000B\n", "unexpected input character '\\v'", 2, 3),
                // a syntax error anywhere wins over a directive error before it
                Arguments.of("foo\nrequire (\n", "syntax error (unterminated block started at 2:1)", 3, 1));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void directiveErrors(String text, String message, int line, int column) {
        assertError(text, message, line, column);
    }

    static Stream<Arguments> directiveErrors() {
        return Stream.of(
                Arguments.of("module example.com/m\nfoo bar\n", "unknown directive: foo", 2, 1),
                Arguments.of("(\n", "unknown directive: (", 1, 1),
                Arguments.of("go (\n\t1.21\n)\n", "unknown block type: go", 1, 1),
                Arguments.of("require example.com/a (\n)\n", "unknown block type: require example.com/a", 1, 1),
                Arguments.of("module a.b\nmodule c.d\n", "repeated module statement", 2, 1),
                Arguments.of("module\n", "usage: module module/path", 1, 1),
                Arguments.of("module (\n\ta.b c.d\n)\n", "usage: module module/path", 2, 2),
                Arguments.of("module 'x'\n", "invalid quoted string: unquoted string cannot contain quote", 1, 8),
                Arguments.of("module `example.com/m`\n",
                        "invalid quoted string: unquoted string cannot contain quote", 1, 8),
                Arguments.of("module \"\\q\"\n", "invalid quoted string: invalid syntax", 1, 8),
                Arguments.of("module \"\\xff\"\n", "invalid quoted string: invalid UTF-8", 1, 8),
                Arguments.of("go 1.21\ngo 1.22\n", "repeated go statement", 2, 1),
                Arguments.of("go\n", "go directive expects exactly one argument", 1, 1),
                Arguments.of("go 1.21 1.22\n", "go directive expects exactly one argument", 1, 1),
                Arguments.of("go 1.21.x\n", "invalid go version '1.21.x': must match format 1.23.0", 1, 4),
                Arguments.of("toolchain go1.21.0\ntoolchain go1.22.0\n", "repeated toolchain statement", 2, 1),
                Arguments.of("toolchain\n", "toolchain directive expects exactly one argument", 1, 1),
                Arguments.of("toolchain 1.21.0\n",
                        "invalid toolchain version '1.21.0': must match format go1.23.0 or default", 1, 11),
                Arguments.of("godebug foo\n", "usage: godebug key=value", 1, 1),
                Arguments.of("godebug (\n\ta=1 b=2\n)\n", "usage: godebug key=value", 2, 2),
                Arguments.of("godebug a=1,b=2\n", "usage: godebug key=value", 1, 1),
                Arguments.of("godebug \"a=1\"\n", "usage: godebug key=value", 1, 1),
                Arguments.of("tool\n", "tool directive expects exactly one argument", 1, 1),
                Arguments.of("tool (\n\ta b\n)\n", "tool directive expects exactly one argument", 2, 2),
                Arguments.of("tool 'x'\n", "invalid quoted string: unquoted string cannot contain quote", 1, 6),
                Arguments.of("ignore\n", "ignore directive expects exactly one argument", 1, 1),
                Arguments.of("ignore ./a ./b\n", "ignore directive expects exactly one argument", 1, 1));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void requireAndExcludeErrors(String text, String message, int line, int column) {
        assertError(text, message, line, column);
    }

    static Stream<Arguments> requireAndExcludeErrors() {
        return Stream.of(
                Arguments.of("require example.com/a\n", "usage: require module/path v1.2.3", 1, 1),
                Arguments.of("exclude example.com/a v1.0.0 v1.0.1\n", "usage: exclude module/path v1.2.3", 1, 1),
                Arguments.of("require (\n\texample.com/a\n)\n", "usage: require module/path v1.2.3", 2, 2),
                Arguments.of("require example.com/a v1.2\n",
                        "require example.com/a: version \"v1.2\" invalid: must be of the form v1.2.3", 1, 23),
                Arguments.of("require example.com/a master\n",
                        "require example.com/a: version \"master\" invalid: must be of the form v1.2.3", 1, 23),
                Arguments.of("require example.com/a v1.0.0+meta\n",
                        "require example.com/a: version \"v1.0.0+meta\" invalid: must be of the form v1.2.3", 1, 23),
                Arguments.of("exclude example.com/a v2.0.0\n",
                        "exclude example.com/a: version \"v2.0.0\" invalid: should be v0 or v1, not v2", 1, 23),
                Arguments.of("require example.com/a/v2 v1.0.0\n",
                        "require example.com/a/v2: version \"v1.0.0\" invalid: should be v2, not v1", 1, 26),
                Arguments.of("require gopkg.in/yaml.v2 v3.0.1\n",
                        "require gopkg.in/yaml.v2: version \"v3.0.1\" invalid: should be v2, not v3", 1, 26),
                Arguments.of("require example.com/a/v1 v1.0.0\n", "require example.com/a/v1: version \"v1.0.0\""
                        + " invalid: malformed module path \"example.com/a/v1\"", 1, 26),
                Arguments.of("require example.com/a 'v1.0.0'\n", "require example.com/a: version \"'v1.0.0'\""
                        + " invalid: unquoted string cannot contain quote", 1, 23),
                Arguments.of("require 'example.com/a' v1.0.0\n",
                        "invalid quoted string: unquoted string cannot contain quote", 1, 9));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void replaceErrors(String text, String message, int line, int column) {
        assertError(text, message, line, column);
    }

    static Stream<Arguments> replaceErrors() {
        return Stream.of(
                Arguments.of("replace example.com/a v1.0.0\n", REPLACE_USAGE, 1, 1),
                Arguments.of("replace example.com/a => b c d\n", REPLACE_USAGE, 1, 1),
                Arguments.of("replace example.com/a v1.0.0 -> ../a\n", REPLACE_USAGE, 1, 1),
                Arguments.of("replace (\n\texample.com/a =>\n)\n", REPLACE_USAGE, 2, 2),
                Arguments.of("replace example.com/a/v1 => ../a\n", "replace example.com/a/v1: invalid module path", 1, 9),
                Arguments.of("replace 'a' => ../a\n", "invalid quoted string: unquoted string cannot contain quote", 1, 9),
                Arguments.of("replace example.com/a v1.2 => ../a\n",
                        "replace example.com/a: version \"v1.2\" invalid: must be of the form v1.2.3", 1, 23),
                Arguments.of("replace example.com/a v2.0.0 => ../a\n",
                        "replace example.com/a: version \"v2.0.0\" invalid: should be v0 or v1, not v2", 1, 23),
                Arguments.of("replace example.com/a => example.com/b\n", "replacement module without version must be"
                        + " directory path (rooted or starting with . or ..)", 1, 26),
                Arguments.of("replace example.com/a => example.com/b@v1.0.0\n",
                        "replacement module must match format 'path version', not 'path@version'", 1, 26),
                Arguments.of("replace example.com/a => ../b v1.0.0\n",
                        "replacement module directory path \"../b\" cannot have version", 1, 26),
                Arguments.of("replace example.com/a => example.com/b v2.0.0\n",
                        "replace example.com/b: version \"v2.0.0\" invalid: should be v0 or v1, not v2", 1, 40),
                Arguments.of("replace example.com/a => `../b`\n",
                        "invalid quoted string: unquoted string cannot contain quote", 1, 26));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void retractErrors(String text, String message, int line, int column) {
        assertError(text, message, line, column);
    }

    static Stream<Arguments> retractErrors() {
        String module = "module example.com/m\n";
        return Stream.of(
                Arguments.of(module + "retract\n", "expected '[' or version", 2, 1),
                Arguments.of(module + "retract ( v1.0.0\n", "expected '[' or version", 2, 1),
                Arguments.of(module + "retract [\n", "expected version after '['", 2, 1),
                Arguments.of(module + "retract [v1.0.0\n", "expected ',' after version", 2, 1),
                Arguments.of(module + "retract [v1.0.0 v1.1.0]\n", "expected ',' after version", 2, 1),
                Arguments.of(module + "retract [v1.0.0,\n", "expected version after ','", 2, 1),
                Arguments.of(module + "retract [v1.0.0, v1.1.0\n", "expected ']' after version", 2, 1),
                Arguments.of(module + "retract (\n\t[v1.0.0, v1.1.0)\n)\n", "expected ']' after version", 3, 2),
                Arguments.of(module + "retract v1.0.0 v1.1.0\n", "unexpected token after version: \"v1.1.0\"", 2, 16),
                Arguments.of(module + "retract [v1.0.0, v1.1.0] // ok\nretract [v1.0.0, v1.1.0] x\n",
                        "unexpected token after version: \"x\"", 3, 26),
                Arguments.of(module + "retract \"v1\\q\"\n",
                        "retract: version \"\\\"v1\\\\q\\\"\" invalid: invalid syntax", 2, 9),
                Arguments.of("retract v1.0.0\n", "no module directive found, so retract cannot be used", 1, 1),
                Arguments.of("module \"\"\nretract v1.0.0\n", "no module directive found, so retract cannot be used", 2, 1),
                Arguments.of(module + "retract v1.0\n",
                        "retract example.com/m: version \"v1.0\" invalid: must be of the form v1.2.3", 2, 9),
                Arguments.of(module + "retract [v1.0.0, latest]\n",
                        "retract example.com/m: version \"latest\" invalid: must be of the form v1.2.3", 2, 18),
                Arguments.of("module example.com/m/v2\nretract v1.0.0\n",
                        "retract example.com/m/v2: version \"v1.0.0\" invalid: should be v2, not v1", 2, 9),
                Arguments.of("module example.com/m/v1\nretract v1.0.0\n", "retract example.com/m/v1: version \"v1.0.0\""
                        + " invalid: malformed module path \"example.com/m/v1\"", 2, 9));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void modulePathErrors(String text, String message, int line, int column) {
        assertError(text, message, line, column);
    }

    static Stream<Arguments> modulePathErrors() {
        return Stream.of(
                Arguments.of("go 1.21\nmodule \"a b\"\n", "malformed module path \"a b\": invalid char ' '", 2, 8),
                Arguments.of("module example.com/m/\n", "malformed module path \"example.com/m/\": trailing slash", 1, 8),
                Arguments.of("module \"\"\n", "malformed module path \"\": empty string", 1, 8),
                Arguments.of("module (\n\texample.com/aux\n)\n",
                        "malformed module path \"example.com/aux\": \"aux\" disallowed as path element component on Windows",
                        2, 2));
    }

    @Test
    void directiveErrorsComeInFileOrder() {
        assertError("module example.com/m\nrequire example.com/a v1\nfoo\n",
                "require example.com/a: version \"v1\" invalid: must be of the form v1.2.3", 2, 23);
    }

    @Test
    void retractVersionsAreJudgedAfterEveryOtherDirective() {
        assertError("module example.com/m\nretract v1.0\nfoo bar\n", "unknown directive: foo", 3, 1);
    }

    @Test
    void modulePathIsJudgedLast() {
        assertError("module \"a b\"\nretract v1.0\n",
                "retract a b: version \"v1.0\" invalid: must be of the form v1.2.3", 2, 9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1.21", "1.021", "1", "1.21-rc1", "1.21.0.0", "01.21", "1.21RC1", "\"1.21\"", "1.21rc"})
    void invalidGoVersions(String version) {
        assertError("go " + version + "\n", "invalid go version '" + version + "': must match format 1.23.0", 1, 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "go1x", "go12", "Go1.21.0", "gccgo-go1.20.3", "go1-21", "\"go1.21.0\""})
    void invalidToolchainNames(String name) {
        assertError("toolchain " + name + "\n",
                "invalid toolchain version '" + name + "': must match format go1.23.0 or default", 1, 11);
    }

    @Test
    void nullTextIsAManifestError() {
        ManifestException e = assertThrows(ManifestException.class, () -> GoModParser.parse(null));
        assertEquals("no go.mod text", e.getMessage());
    }
}
