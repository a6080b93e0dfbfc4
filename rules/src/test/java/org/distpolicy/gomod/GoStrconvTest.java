package org.distpolicy.gomod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoStrconvTest {

    @Test
    void quoteEscapesLikeGo() {
        assertEquals("\"plain/path\"", GoStrconv.quote("plain/path"));
        assertEquals("\"a\\\"b\\\\c'\"", GoStrconv.quote("a\"b\\c'"));
        assertEquals("\"\\a\\b\\f\\n\\r\\t\\v\"", GoStrconv.quote("\u0007\b\f\n\r\t\u000B"));
        assertEquals("\"\\x00\\x1f\\x7f\"", GoStrconv.quote("\u0000\u001F\u007F"));
        assertEquals("\"caf\u00e9 \u263a\"", GoStrconv.quote("caf\u00e9 \u263a"));
        assertEquals("\"\\u200b\\u00a0\\U000e0001\"", GoStrconv.quote("\u200B\u00A0\uDB40\uDC01"));
        assertEquals("\"\\ufffd\"", GoStrconv.quote("\uD800"));
    }

    @Test
    void quoteRuneEscapesTheSingleQuote() {
        assertEquals("'x'", GoStrconv.quoteRune('x'));
        assertEquals("'\\''", GoStrconv.quoteRune('\''));
        assertEquals("'\"'", GoStrconv.quoteRune('"'));
        assertEquals("'\\v'", GoStrconv.quoteRune(0x0B));
        assertEquals("'\\ufeff'", GoStrconv.quoteRune(0xFEFF));
    }

    @Test
    void unquoteDecodesEveryEscape() throws Exception {
        assertEquals("example.com/m", GoStrconv.unquote("\"example.com/m\""));
        assertEquals("a\u0007\b\f\n\r\t\u000B\\\"", GoStrconv.unquote("\"a\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\""));
        assertEquals("AAA\u00e9\uD83D\uDE00", GoStrconv.unquote("\"\\x41\\101\\u0041\\u00e9\\U0001F600\""));
        assertEquals("\u00e9", GoStrconv.unquote("\"\\xc3\\xa9\""));
        assertEquals("", GoStrconv.unquote("\"\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\\'\"", "\"\\q\"", "\"\\x4\"", "\"\\xg0\"", "\"\\400\"", "\"\\18\"", "\"\\1\"",
            "\"\\uD800\"", "\"\\U00110000\"", "\"\\U0001F60\"", "\"a\\\nb\"", "\"\\\"", "\"\\\uff10\uff10\""})
    void unquoteRefusesWhatGoRefuses(String quoted) {
        GoStrconv.InvalidQuotedString e = assertThrows(GoStrconv.InvalidQuotedString.class, () -> GoStrconv.unquote(quoted));
        assertEquals("invalid syntax", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\\xff\"", "\"\\xc3\"", "\"a\uD800b\""})
    void unquoteRefusesBytesThatAreNotUtf8(String quoted) {
        GoStrconv.InvalidQuotedString e = assertThrows(GoStrconv.InvalidQuotedString.class, () -> GoStrconv.unquote(quoted));
        assertEquals("invalid UTF-8", e.getMessage());
    }
}
