package org.distpolicy.gosrc;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the package clause and import declarations at the start of a Go file, the way cmd/go's
 * import reader does: semicolons count as spaces, comments may stand between any two tokens, and
 * reading stops at the first token after the imports that is not "import". Only the bytes read
 * are checked for NUL and invalid UTF-8, as the rest of the file is not the header's business.
 */
final class GoHeaderReader {
    /** go/parser's isValidImport: characters an import path may not contain besides spaces and non-graphic ones. */
    private static final String ILLEGAL_IMPORT_CHARACTERS = "!\"#$%&'()*,:;<=>?[\\]^{|}`\uFFFD";

    private final byte[] bytes;
    private final int start;
    private final boolean complete;
    private int pos;
    private int line = 1;
    private String packageName = "";
    private final List<GoImport> imports = new ArrayList<>();

    /** A reason the header cannot be read, at the line where the reader was. */
    private static final class HeaderError extends Exception {
        final int line;

        HeaderError(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    /** @param problem null when the header was read to its end */
    record Result(String packageName, List<GoImport> imports, String problem) {
    }

    private GoHeaderReader(byte[] bytes, int start, boolean complete) {
        this.bytes = bytes;
        this.start = start;
        this.complete = complete;
        this.pos = start;
    }

    /** @param start where the text begins, past any byte order mark */
    static Result read(byte[] bytes, int start, boolean complete) {
        GoHeaderReader reader = new GoHeaderReader(bytes, start, complete);
        String problem = null;
        try {
            reader.readHeader();
        } catch (HeaderError e) {
            problem = "line " + e.line + ": " + e.getMessage();
        }
        String encodingProblem = reader.encodingProblem(Math.min(reader.pos + 1, bytes.length));
        return new Result(reader.packageName, List.copyOf(reader.imports),
                encodingProblem != null ? encodingProblem : problem);
    }

    private void readHeader() throws HeaderError {
        skipSpace();
        String keyword = readWord("expected 'package'");
        if (!keyword.equals("package")) {
            throw error("expected 'package', found " + describe(keyword.isEmpty() ? currentToken() : keyword));
        }
        skipSpace();
        String name = readWord("expected package name");
        if (name.isEmpty() || isDigit(name.charAt(0))) {
            throw error("expected package name, found " + describe(name.isEmpty() ? currentToken() : name));
        }
        if (name.equals("_")) {
            throw error("invalid package name _");
        }
        packageName = name;
        while (true) {
            skipSpace();
            if (pos == bytes.length) {
                if (!complete) {
                    throw truncated();
                }
                return;
            }
            int declarationStart = pos;
            while (pos < bytes.length && isIdentifierByte(bytes[pos])) {
                pos++;
            }
            String word = new String(bytes, declarationStart, pos - declarationStart, StandardCharsets.UTF_8);
            if (pos == bytes.length && !complete && "import".startsWith(word)) {
                throw truncated();
            }
            if (!word.equals("import")) {
                pos = declarationStart;
                return;
            }
            readImportDeclaration();
        }
    }

    private void readImportDeclaration() throws HeaderError {
        skipSpace();
        if (peek() != '(') {
            readImportSpec();
            return;
        }
        pos++;
        while (true) {
            skipSpace();
            if (pos == bytes.length) {
                throw needMore("expected ')'");
            }
            if (peek() == ')') {
                pos++;
                return;
            }
            readImportSpec();
        }
    }

    private void readImportSpec() throws HeaderError {
        int specLine = line;
        if (peek() == '.') {
            pos++;
        } else if (isIdentifierByte(peek()) && !isDigit(peek())) {
            readWord("expected import path");
        }
        skipSpace();
        if (pos == bytes.length) {
            throw needMore("expected import path");
        }
        int pathLine = line;
        byte[] path = switch (peek()) {
            case '"' -> readInterpretedString();
            case '`' -> readRawString();
            default -> throw error("expected import path, found " + describe(currentToken()));
        };
        String decoded = decodeUtf8(path);
        if (decoded == null || !isValidImportPath(decoded)) {
            line = pathLine;
            throw error("invalid import path: " + quote(path));
        }
        imports.add(new GoImport(decoded, specLine));
    }

    private byte[] readRawString() throws HeaderError {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        int stringLine = line;
        pos++;
        while (true) {
            if (pos == bytes.length) {
                throw complete ? new HeaderError(stringLine, "raw string literal not terminated") : truncated();
            }
            byte c = bytes[pos++];
            if (c == '`') {
                return value.toByteArray();
            }
            if (c == '\n') {
                line++;
            }
            // The spec drops carriage returns from raw string values.
            if (c != '\r') {
                value.write(c);
            }
        }
    }

    private byte[] readInterpretedString() throws HeaderError {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        pos++;
        while (true) {
            if (pos == bytes.length) {
                throw needMore("string literal not terminated");
            }
            byte c = bytes[pos++];
            if (c == '"') {
                return value.toByteArray();
            }
            if (c == '\n') {
                throw error("string literal not terminated");
            }
            if (c == '\\') {
                readEscape(value);
            } else {
                value.write(c);
            }
        }
    }

    /** One escape sequence of an interpreted string, after its backslash (strconv.UnquoteChar). */
    private void readEscape(ByteArrayOutputStream value) throws HeaderError {
        if (pos == bytes.length) {
            throw needMore("string literal not terminated");
        }
        byte c = bytes[pos++];
        switch (c) {
            case 'a' -> value.write(7);
            case 'b' -> value.write('\b');
            case 'f' -> value.write('\f');
            case 'n' -> value.write('\n');
            case 'r' -> value.write('\r');
            case 't' -> value.write('\t');
            case 'v' -> value.write(11);
            case '\\', '"' -> value.write(c);
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                pos--;
                int octal = readDigits(3, 8);
                if (octal > 255) {
                    throw error("octal escape value > 255: " + octal);
                }
                value.write(octal);
            }
            case 'x' -> value.write(readDigits(2, 16));
            case 'u', 'U' -> {
                int codePoint = readDigits(c == 'u' ? 4 : 8, 16);
                if (codePoint > Character.MAX_CODE_POINT || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                    throw error("escape sequence is invalid Unicode code point");
                }
                value.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
            }
            default -> throw error("unknown escape sequence");
        }
    }

    private int readDigits(int count, int radix) throws HeaderError {
        long value = 0;
        for (int i = 0; i < count; i++) {
            if (pos == bytes.length) {
                throw needMore("string literal not terminated");
            }
            int digit = Character.digit(bytes[pos], radix);
            if (digit < 0) {
                throw error("illegal character in escape sequence");
            }
            value = value * radix + digit;
            pos++;
        }
        return (int) Math.min(value, Integer.MAX_VALUE);
    }

    /** Skips spaces, semicolons (never needed to read the header) and comments. */
    private void skipSpace() throws HeaderError {
        while (pos < bytes.length) {
            byte c = bytes[pos];
            if (c == '\n') {
                line++;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == ';') {
                pos++;
            } else if (c == '/' && pos + 1 < bytes.length && bytes[pos + 1] == '/') {
                while (pos < bytes.length && bytes[pos] != '\n') {
                    pos++;
                }
            } else if (c == '/' && pos + 1 < bytes.length && bytes[pos + 1] == '*') {
                skipBlockComment();
            } else if (c == '/' && pos + 1 == bytes.length) {
                throw needMore("unexpected /");
            } else {
                return;
            }
        }
    }

    private void skipBlockComment() throws HeaderError {
        int commentLine = line;
        pos += 2;
        while (pos + 1 < bytes.length && !(bytes[pos] == '*' && bytes[pos + 1] == '/')) {
            if (bytes[pos] == '\n') {
                line++;
            }
            pos++;
        }
        if (pos + 1 >= bytes.length) {
            pos = bytes.length;
            if (!complete) {
                throw truncated();
            }
            throw new HeaderError(commentLine, "comment not terminated");
        }
        pos += 2;
    }

    /**
     * An identifier or keyword; "" if none starts here. One that reaches the end of an incomplete
     * head may go on beyond it, so it cannot be trusted.
     */
    private String readWord(String expectedAtEnd) throws HeaderError {
        if (pos == bytes.length) {
            throw needMore(expectedAtEnd);
        }
        int wordStart = pos;
        while (pos < bytes.length && isIdentifierByte(bytes[pos])) {
            pos++;
        }
        if (pos == bytes.length && !complete) {
            throw truncated();
        }
        return new String(bytes, wordStart, pos - wordStart, StandardCharsets.UTF_8);
    }

    private String currentToken() {
        int end = pos;
        while (end < bytes.length && end - pos < 20 && bytes[end] > ' ') {
            end++;
        }
        return new String(bytes, pos, end - pos, StandardCharsets.UTF_8);
    }

    private static String describe(String token) {
        return token.isEmpty() ? "nothing" : "'" + token + "'";
    }

    private byte peek() {
        return pos < bytes.length ? bytes[pos] : 0;
    }

    private HeaderError error(String message) {
        return new HeaderError(line, message);
    }

    /** At the end of the bytes: a syntax error in a whole file, but only a cut header in a head. */
    private HeaderError needMore(String syntaxError) {
        return complete ? error(syntaxError) : truncated();
    }

    private HeaderError truncated() {
        return error("import section does not end within the first " + (bytes.length - start) + " bytes read");
    }

    /** The first NUL or invalid UTF-8 sequence before end, as a problem; null if there is none. */
    private String encodingProblem(int end) {
        int at = start;
        int atLine = 1;
        while (at < end) {
            int b = bytes[at] & 0xff;
            int length = utf8SequenceLength(at);
            if (b == 0) {
                return "line " + atLine + ": unexpected NUL in input";
            }
            if (length < 0) {
                // A sequence cut by the end of an incomplete head is not invalid, just unread.
                boolean cut = !complete && at + -length >= bytes.length;
                return cut ? null : "line " + atLine + ": invalid UTF-8 encoding";
            }
            if (b == '\n') {
                atLine++;
            }
            at += length;
        }
        return null;
    }

    /** The length of the valid UTF-8 sequence at i, or minus the length its first byte announces. */
    private int utf8SequenceLength(int i) {
        int b = bytes[i] & 0xff;
        if (b < 0x80) {
            return 1;
        }
        int length;
        int min;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return -1;
        }
        if (i + length > bytes.length) {
            return -length;
        }
        int codePoint = b & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int next = bytes[i + k] & 0xff;
            if ((next & 0xC0) != 0x80) {
                return -1;
            }
            codePoint = codePoint << 6 | (next & 0x3F);
        }
        boolean valid = codePoint >= min && codePoint <= Character.MAX_CODE_POINT
                && !(codePoint >= 0xD800 && codePoint <= 0xDFFF);
        return valid ? length : -1;
    }

    private static String decodeUtf8(byte[] value) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isValidImportPath(String path) {
        return !path.isEmpty() && path.codePoints().allMatch(c -> isGraphic(c)
                && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && ILLEGAL_IMPORT_CHARACTERS.indexOf(c) < 0);
    }

    /** unicode.IsGraphic: letters, marks, numbers, punctuation, symbols and spaces. */
    private static boolean isGraphic(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** The path as Go source would quote it, non-ASCII and control bytes escaped, for a problem message. */
    private static String quote(byte[] path) {
        StringBuilder quoted = new StringBuilder("\"");
        for (byte b : path) {
            if (b == '"' || b == '\\') {
                quoted.append('\\').append((char) b);
            } else if (b >= ' ' && b < 0x7f) {
                quoted.append((char) b);
            } else {
                quoted.append(String.format("\\x%02x", b & 0xff));
            }
        }
        return quoted.append('"').toString();
    }

    private static boolean isIdentifierByte(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_' || (c & 0x80) != 0;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
