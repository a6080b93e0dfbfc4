package org.distpolicy.gomod;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Go's strconv quoting, so that messages quote paths and versions exactly as cmd/go prints them
 * with %q, and so that a quoted go.mod argument means what it means to Go.
 */
final class GoStrconv {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoStrconv() {
    }

    /** A quoted string Go refuses; the reason reads like Go's ("invalid syntax"). */
    static final class InvalidQuotedString extends Exception {
        InvalidQuotedString(String reason) {
            super(reason, null, false, false);
        }
    }

    /** strconv.Quote. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> appendEscaped(out, c, '"'));
        return out.append('"').toString();
    }

    /** strconv.QuoteRune, which is what %q prints for a rune. */
    static String quoteRune(int c) {
        StringBuilder out = new StringBuilder("'");
        appendEscaped(out, c, '\'');
        return out.append('\'').toString();
    }

    private static void appendEscaped(StringBuilder out, int c, char quote) {
        if (c == quote || c == '\\') {
            out.append('\\').append((char) c);
            return;
        }
        if (isValidRune(c) && GoUnicode.isPrint(c)) {
            out.appendCodePoint(c);
            return;
        }
        switch (c) {
            case 0x07 -> out.append("\\a");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 0x0B -> out.append("\\v");
            default -> {
                if (c < ' ' || c == 0x7F) {
                    out.append("\\x").append(hex(c, 2));
                } else if (!isValidRune(c)) {
                    out.append("\\ufffd");
                } else if (c < 0x10000) {
                    out.append("\\u").append(hex(c, 4));
                } else {
                    out.append("\\U").append(hex(c, 8));
                }
            }
        }
    }

    private static String hex(int value, int digits) {
        char[] out = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            out[i] = HEX[value & 0xF];
            value >>>= 4;
        }
        return new String(out);
    }

    /** utf8.ValidRune: a lone surrogate in a Java string is what invalid UTF-8 becomes. */
    private static boolean isValidRune(int c) {
        return c >= 0 && c <= Character.MAX_CODE_POINT && (c < 0xD800 || c > 0xDFFF);
    }

    /**
     * strconv.Unquote for a double-quoted literal, which the lexer guarantees {@code quoted} is
     * (first and last character '"', no unescaped '"' between). Escapes \x and octal produce raw
     * bytes as in Go; bytes that do not form UTF-8 cannot become a Java string and are refused.
     */
    static String unquote(String quoted) throws InvalidQuotedString {
        String body = quoted.substring(1, quoted.length() - 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length());
        int i = 0;
        while (i < body.length()) {
            int c = body.codePointAt(i);
            if (c == '\n' || c == '"') {
                throw new InvalidQuotedString("invalid syntax");
            }
            if (c != '\\') {
                if (!isValidRune(c)) {
                    throw new InvalidQuotedString("invalid UTF-8");
                }
                bytes.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
                continue;
            }
            i = unescape(body, i + 1, bytes);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidQuotedString("invalid UTF-8");
        }
    }

    /** Decodes the escape whose letter is at {@code i}; returns the index after it. */
    private static int unescape(String s, int i, ByteArrayOutputStream out) throws InvalidQuotedString {
        if (i >= s.length()) {
            throw new InvalidQuotedString("invalid syntax");
        }
        char letter = s.charAt(i);
        switch (letter) {
            case 'a' -> out.write(0x07);
            case 'b' -> out.write('\b');
            case 'f' -> out.write('\f');
            case 'n' -> out.write('\n');
            case 'r' -> out.write('\r');
            case 't' -> out.write('\t');
            case 'v' -> out.write(0x0B);
            case '\\', '"' -> out.write(letter);
            case 'x' -> {
                out.write((int) hexValue(s, i + 1, 2));
                return i + 3;
            }
            case 'u', 'U' -> {
                int digits = letter == 'u' ? 4 : 8;
                long rune = hexValue(s, i + 1, digits);
                if (rune > Character.MAX_CODE_POINT || !isValidRune((int) rune)) {
                    throw new InvalidQuotedString("invalid syntax");
                }
                out.writeBytes(new String(Character.toChars((int) rune)).getBytes(StandardCharsets.UTF_8));
                return i + 1 + digits;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                if (i + 3 > s.length()) {
                    throw new InvalidQuotedString("invalid syntax");
                }
                int value = 0;
                for (int j = i; j < i + 3; j++) {
                    char digit = s.charAt(j);
                    if (digit < '0' || digit > '7') {
                        throw new InvalidQuotedString("invalid syntax");
                    }
                    value = value << 3 | (digit - '0');
                }
                if (value > 255) {
                    throw new InvalidQuotedString("invalid syntax");
                }
                out.write(value);
                return i + 3;
            }
            default -> throw new InvalidQuotedString("invalid syntax");
        }
        return i + 1;
    }

    private static long hexValue(String s, int start, int digits) throws InvalidQuotedString {
        if (start + digits > s.length()) {
            throw new InvalidQuotedString("invalid syntax");
        }
        long value = 0;
        for (int j = start; j < start + digits; j++) {
            value = value << 4 | hexDigit(s.charAt(j));
        }
        return value;
    }

    /** Character.digit would also accept non-ASCII digits, which Go does not. */
    private static int hexDigit(char c) throws InvalidQuotedString {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw new InvalidQuotedString("invalid syntax");
    }
}
