package org.distpolicy.cargo.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.distpolicy.cargo.cfg.CfgExpr.All;
import org.distpolicy.cargo.cfg.CfgExpr.Any;
import org.distpolicy.cargo.cfg.CfgExpr.KeyValue;
import org.distpolicy.cargo.cfg.CfgExpr.Literal;
import org.distpolicy.cargo.cfg.CfgExpr.Name;
import org.distpolicy.cargo.cfg.CfgExpr.Not;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The trees cargo-platform's grammar gives, and how they print. */
class CfgExprParseTest {

    private static Name name(String name) {
        return new Name(name);
    }

    private static KeyValue pair(String key, String value) {
        return new KeyValue(key, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void parses(String text, CfgExpr expected) throws CfgException {
        assertEquals(expected, CfgExpr.parse(text));
    }

    static Stream<Arguments> parses() {
        return Stream.of(
                Arguments.of("foo", name("foo")),
                Arguments.of("_bar", name("_bar")),
                Arguments.of("a1_B2", name("a1_B2")),
                Arguments.of("   foo  ", name("foo")),
                Arguments.of(" foo  = \"bar\"", pair("foo", "bar")),
                Arguments.of("foo=\"\"", pair("foo", "")),
                Arguments.of("foo = \"3 e\"", pair("foo", "3 e")),
                // a string runs to the next quote whatever it holds: no escapes, no nesting
                Arguments.of("foo = \"a(b), c\\\"", pair("foo", "a(b), c\\")),
                Arguments.of("target_os = \"\u00e9t\u00e9\"", pair("target_os", "\u00e9t\u00e9")),
                Arguments.of("all()", new All(List.of())),
                Arguments.of("any()", new Any(List.of())),
                Arguments.of("all(a)", new All(List.of(name("a")))),
                Arguments.of("all(a, b)", new All(List.of(name("a"), name("b")))),
                Arguments.of("all(a, )", new All(List.of(name("a")))),
                Arguments.of("any(a,b,)", new Any(List.of(name("a"), name("b")))),
                Arguments.of("all( a ,b )", new All(List.of(name("a"), name("b")))),
                Arguments.of("not(a = \"b\")", new Not(pair("a", "b"))),
                Arguments.of("not(all(a))", new Not(new All(List.of(name("a"))))),
                Arguments.of("all(unix, not(target_os = \"macos\"))",
                        new All(List.of(name("unix"), new Not(pair("target_os", "macos"))))),
                Arguments.of("any(all(windows, target_env=\"gnu\"), any())",
                        new Any(List.of(new All(List.of(name("windows"), pair("target_env", "gnu"))),
                                new Any(List.of())))),
                // raw identifiers stand for their name and are never operators
                Arguments.of("r#foo", name("foo")),
                Arguments.of("r#all", name("all")),
                Arguments.of("r#not = \"x\"", pair("not", "x")),
                Arguments.of("r", name("r")),
                Arguments.of("rust", name("rust")),
                // true and false are constants, even raw; as a pair's key they are plain identifiers
                Arguments.of("true", new Literal(true)),
                Arguments.of("false", new Literal(false)),
                Arguments.of("r#true", new Literal(true)),
                Arguments.of("true = \"x\"", pair("true", "x")),
                Arguments.of("not(false)", new Not(new Literal(false))),
                Arguments.of("True", name("True")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "unix",
        "target_os = \"linux\"",
        "all()",
        "any(unix, windows)",
        "not(all(target_arch = \"wasm32\", not(target_os = \"wasi\")))",
        "any(all(any(target_os = \"android\", target_os = \"linux\"), any(target_arch = \"aarch64\", "
                + "target_arch = \"x86\")), all(target_os = \"freebsd\", target_arch = \"x86_64\"))",
        "all(true, not(false))",
    })
    void printsAsCargoDoesAndReadsBack(String canonical) throws CfgException {
        CfgExpr expression = CfgExpr.parse(canonical);

        assertEquals(canonical, expression.toString());
        assertEquals(expression, CfgExpr.parse(expression.toString()));
    }

    @ParameterizedTest
    @MethodSource
    void printsInCanonicalForm(String written, String printed) throws CfgException {
        assertEquals(printed, CfgExpr.parse(written).toString());
    }

    static Stream<Arguments> printsInCanonicalForm() {
        return Stream.of(
                Arguments.of("  all( a ,b, )", "all(a, b)"),
                Arguments.of("target_os=\"linux\"", "target_os = \"linux\""),
                Arguments.of("r#unix", "unix"),
                Arguments.of("r#false", "false"));
    }
}
