package org.distpolicy.cargo.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way cargo rejects a {@code [target.<key>]} key. The messages are cargo 1.95's, captured by
 * putting each key in a Cargo.toml and running {@code cargo metadata}.
 */
class CfgParseErrorTest {
    private static final String UNEXPECTED_CHARACTER = "in cfg, expected parens, a comma, an identifier, or a string";
    private static final String MUST_START_WITH_CFG =
            "invalid target specifier: unexpected `(` character, cfg expressions must start with `cfg(`";

    private static void assertRejected(String key, String message) {
        CfgException e = assertThrows(CfgException.class, () -> Platform.parse(key));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void endOfInput(String key, String message) {
        assertRejected(key, message);
    }

    static Stream<Arguments> endOfInput() {
        return Stream.of(
                Arguments.of("cfg()", "failed to parse `` as a cfg expression: "
                        + "expected start of a cfg expression, but cfg expression ended"),
                Arguments.of("cfg( )", "failed to parse ` ` as a cfg expression: "
                        + "expected start of a cfg expression, but cfg expression ended"),
                Arguments.of("cfg(all)", "failed to parse `all` as a cfg expression: "
                        + "expected `(`, but cfg expression ended"),
                Arguments.of("cfg(all(unix)", "failed to parse `all(unix` as a cfg expression: "
                        + "expected `)`, but cfg expression ended"),
                Arguments.of("cfg(not)", "failed to parse `not` as a cfg expression: "
                        + "expected `(`, but cfg expression ended"),
                Arguments.of("cfg(not(unix)", "failed to parse `not(unix` as a cfg expression: "
                        + "expected `)`, but cfg expression ended"),
                Arguments.of("cfg(target_os =)", "failed to parse `target_os =` as a cfg expression: "
                        + "expected a string, but cfg expression ended"),
                Arguments.of("cfg(r#)", "failed to parse `r#` as a cfg expression: "
                        + "expected identifier, but cfg expression ended"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void unexpectedTokens(String key, String message) {
        assertRejected(key, message);
    }

    static Stream<Arguments> unexpectedTokens() {
        return Stream.of(
                Arguments.of("cfg(all unix)", "failed to parse `all unix` as a cfg expression: "
                        + "expected `(`, found an identifier"),
                Arguments.of("cfg(all(unix x))", "failed to parse `all(unix x)` as a cfg expression: "
                        + "expected `)`, found an identifier"),
                Arguments.of("cfg(not())", "failed to parse `not()` as a cfg expression: "
                        + "expected identifier, found `)`"),
                Arguments.of("cfg(not(unix, windows))", "failed to parse `not(unix, windows)` as a cfg expression: "
                        + "expected `)`, found `,`"),
                Arguments.of("cfg(target_os = linux)", "failed to parse `target_os = linux` as a cfg expression: "
                        + "expected a string, found an identifier"),
                Arguments.of("cfg(target_os == \"x\")", "failed to parse `target_os == \"x\"` as a cfg expression: "
                        + "expected a string, found `=`"),
                Arguments.of("cfg(=)", "failed to parse `=` as a cfg expression: expected identifier, found `=`"),
                Arguments.of("cfg(,)", "failed to parse `,` as a cfg expression: expected identifier, found `,`"),
                Arguments.of("cfg(()", "failed to parse `(` as a cfg expression: expected identifier, found `(`"),
                Arguments.of("cfg())", "failed to parse `)` as a cfg expression: expected identifier, found `)`"),
                Arguments.of("cfg(\"unix\")", "failed to parse `\"unix\"` as a cfg expression: "
                        + "expected identifier, found a string"),
                Arguments.of("cfg(all(,))", "failed to parse `all(,)` as a cfg expression: "
                        + "expected identifier, found `,`"),
                Arguments.of("cfg(all(unix,,))", "failed to parse `all(unix,,)` as a cfg expression: "
                        + "expected identifier, found `,`"),
                // the operators are keywords: a pair cannot use them as its key
                Arguments.of("cfg(all = \"x\")", "failed to parse `all = \"x\"` as a cfg expression: "
                        + "expected `(`, found `=`"),
                Arguments.of("cfg(not = \"x\")", "failed to parse `not = \"x\"` as a cfg expression: "
                        + "expected `(`, found `=`"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void badCharactersAndStrings(String key, String message) {
        assertRejected(key, message);
    }

    static Stream<Arguments> badCharactersAndStrings() {
        return Stream.of(
                Arguments.of("cfg(7)", "failed to parse `7` as a cfg expression: "
                        + "unexpected character `7` " + UNEXPECTED_CHARACTER),
                Arguments.of("cfg(all(unix 7))", "failed to parse `all(unix 7)` as a cfg expression: "
                        + "unexpected character `7` " + UNEXPECTED_CHARACTER),
                Arguments.of("cfg(all(unix,\twindows))", "failed to parse `all(unix,\twindows)` as a cfg expression: "
                        + "unexpected character `\t` " + UNEXPECTED_CHARACTER),
                Arguments.of("cfg(é)", "failed to parse `é` as a cfg expression: "
                        + "unexpected character `é` " + UNEXPECTED_CHARACTER),
                // one character outside the BMP, not two halves of a surrogate pair
                Arguments.of("cfg(\uD83D\uDE00)", "failed to parse `\uD83D\uDE00` as a cfg expression: "
                        + "unexpected character `\uD83D\uDE00` " + UNEXPECTED_CHARACTER),
                Arguments.of("cfg(r#7)", "failed to parse `r#7` as a cfg expression: "
                        + "unexpected character `7` " + UNEXPECTED_CHARACTER),
                Arguments.of("cfg(r#\uD83D\uDE00)", "failed to parse `r#\uD83D\uDE00` as a cfg expression: "
                        + "unexpected character `\uD83D\uDE00` " + UNEXPECTED_CHARACTER),
                Arguments.of("cfg(all(unix, r#))", "failed to parse `all(unix, r#)` as a cfg expression: "
                        + "unexpected character `)` " + UNEXPECTED_CHARACTER),
                Arguments.of("cfg(target_os = \"linux)", "failed to parse `target_os = \"linux` as a cfg expression: "
                        + "unterminated string in cfg"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void trailingContent(String key, String message) {
        assertRejected(key, message);
    }

    static Stream<Arguments> trailingContent() {
        return Stream.of(
                Arguments.of("cfg(unix windows)", "failed to parse `unix windows` as a cfg expression: "
                        + "unexpected content `windows` found after cfg expression"),
                Arguments.of("cfg(unix))", "failed to parse `unix)` as a cfg expression: "
                        + "unexpected content `)` found after cfg expression"),
                Arguments.of("cfg(unix,)", "failed to parse `unix,` as a cfg expression: "
                        + "unexpected content `,` found after cfg expression"),
                Arguments.of("cfg(all(unix)extra)", "failed to parse `all(unix)extra` as a cfg expression: "
                        + "unexpected content `extra` found after cfg expression"),
                Arguments.of("cfg(unix = \"a\" = \"b\")", "failed to parse `unix = \"a\" = \"b\"` as a cfg expression: "
                        + "unexpected content `= \"b\"` found after cfg expression"),
                Arguments.of("cfg(r#unix = \"x\" y)", "failed to parse `r#unix = \"x\" y` as a cfg expression: "
                        + "unexpected content `y` found after cfg expression"),
                // a raw identifier is never an operator, so its parenthesis is left over
                Arguments.of("cfg(r#all(unix))", "failed to parse `r#all(unix)` as a cfg expression: "
                        + "unexpected content `(unix)` found after cfg expression"),
                // a bad character right after a complete expression is reported as leftover content
                Arguments.of("cfg(unix 7)", "failed to parse `unix 7` as a cfg expression: "
                        + "unexpected content `7` found after cfg expression"),
                Arguments.of("cfg(unix\t)", "failed to parse `unix\t` as a cfg expression: "
                        + "unexpected content `\t` found after cfg expression"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void badTargetNames(String key, String message) {
        assertRejected(key, message);
    }

    static Stream<Arguments> badTargetNames() {
        return Stream.of(
                Arguments.of("!foo", "failed to parse `!foo` as a cfg expression: "
                        + "invalid target specifier: unexpected character ! in target name"),
                Arguments.of("x86 64", "failed to parse `x86 64` as a cfg expression: "
                        + "invalid target specifier: unexpected character   in target name"),
                Arguments.of("x86_64/linux", "failed to parse `x86_64/linux` as a cfg expression: "
                        + "invalid target specifier: unexpected character / in target name"),
                Arguments.of("foo)", "failed to parse `foo)` as a cfg expression: "
                        + "invalid target specifier: unexpected character ) in target name"),
                Arguments.of("a\u200Bb", "failed to parse `a\u200Bb` as a cfg expression: "
                        + "invalid target specifier: unexpected character \u200B in target name"),
                Arguments.of("foo(bar)", "failed to parse `foo(bar)` as a cfg expression: " + MUST_START_WITH_CFG),
                Arguments.of("cfg(unix", "failed to parse `cfg(unix` as a cfg expression: " + MUST_START_WITH_CFG),
                Arguments.of("cfg(", "failed to parse `cfg(` as a cfg expression: " + MUST_START_WITH_CFG),
                Arguments.of(" cfg(unix)", "failed to parse ` cfg(unix)` as a cfg expression: " + MUST_START_WITH_CFG),
                Arguments.of("cfg(unix) ", "failed to parse `cfg(unix) ` as a cfg expression: " + MUST_START_WITH_CFG),
                Arguments.of("CFG(unix)", "failed to parse `CFG(unix)` as a cfg expression: " + MUST_START_WITH_CFG));
    }

    @Test
    void cfgExprParseNamesTheExpressionItWasGiven() {
        CfgException e = assertThrows(CfgException.class, () -> CfgExpr.parse("foo(a)"));
        assertEquals("failed to parse `foo(a)` as a cfg expression: "
                + "unexpected content `(a)` found after cfg expression", e.getMessage());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedRatherThanOverflowingTheStack() throws CfgException {
        int limit = CfgParser.MAX_DEPTH;
        String deepest = "not(".repeat(limit - 1) + "unix" + ")".repeat(limit - 1);
        assertEquals((limit - 1) % 2 == 0, CfgExpr.parse(deepest).matches(TargetSpec.of("x86_64-unknown-linux-gnu")));

        String tooDeep = "not(".repeat(limit) + "unix" + ")".repeat(limit);
        CfgException e = assertThrows(CfgException.class, () -> CfgExpr.parse(tooDeep));
        assertEquals("failed to parse `" + tooDeep + "` as a cfg expression: nested deeper than "
                + limit + " levels", e.getMessage());

        String hostile = "cfg(" + "any(".repeat(1_000_000) + ")";
        assertThrows(CfgException.class, () -> Platform.parse(hostile));
    }
}
