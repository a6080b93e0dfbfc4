package org.distpolicy.cargo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where keys are written in TOML source. Jackson's TOML tree keeps no positions, yet an error
 * found while mapping the tree should still point the maintainer at a line. The scan is only run on
 * text Jackson already accepted, and only once an error is reported; whatever it cannot follow makes
 * the position less precise (a parent key, or unknown), never an exception.
 */
final class TomlKeyLocator {

    private record KeyAt(String name, int offset) {}

    private final String text;
    private final LineIndex lines;
    private final Map<KeyPath, Integer> offsets = new HashMap<>();
    /** How many {@code [[x]]} headers were seen per array path, to give each one its index. */
    private final Map<KeyPath, Integer> arrayTableCounts = new HashMap<>();
    private int pos;

    TomlKeyLocator(String text) {
        this.text = text;
        this.lines = new LineIndex(text);
        scanDocument();
    }

    /** Where {@code path} is written, or failing that its nearest enclosing key that is. */
    SourcePosition locate(KeyPath path) {
        for (KeyPath p = path; !p.isRoot(); p = p.parent()) {
            Integer offset = offsets.get(p);
            if (offset != null) {
                return lines.positionOf(offset);
            }
        }
        return SourcePosition.UNKNOWN;
    }

    private void scanDocument() {
        KeyPath table = KeyPath.root();
        while (true) {
            skipBlank();
            if (pos >= text.length()) {
                return;
            }
            if (text.charAt(pos) == '[') {
                table = readHeader();
            } else {
                readKeyValue(table);
            }
            skipRestOfLine();
        }
    }

    private KeyPath readHeader() {
        int start = pos;
        boolean arrayOfTables = text.startsWith("[[", pos);
        pos += arrayOfTables ? 2 : 1;
        List<KeyAt> keys = readKey();
        KeyPath path = KeyPath.root();
        for (int i = 0; i < keys.size(); i++) {
            path = path.key(keys.get(i).name());
            Integer count = arrayTableCounts.get(path);
            boolean declaredHere = arrayOfTables && i == keys.size() - 1;
            if (declaredHere) {
                record(path, start);
                count = arrayTableCounts.merge(path, 1, Integer::sum);
            }
            if (count != null) {
                // A header under an array of tables extends its latest element.
                path = path.index(count - 1);
            }
            record(path, start);
        }
        return path;
    }

    private void readKeyValue(KeyPath table) {
        List<KeyAt> keys = readKey();
        if (keys.isEmpty()) {
            return;
        }
        KeyPath path = table;
        for (KeyAt key : keys) {
            path = path.key(key.name());
            record(path, key.offset());
        }
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '=') {
            pos++;
            skipSpaces();
            readValue(path);
        }
    }

    private void readValue(KeyPath path) {
        if (pos >= text.length()) {
            return;
        }
        switch (text.charAt(pos)) {
            case '"', '\'' -> skipString();
            case '{' -> readInlineTable(path);
            case '[' -> readArray(path);
            default -> skipScalar();
        }
    }

    private void readInlineTable(KeyPath path) {
        pos++;
        while (true) {
            skipBlank();
            if (pos >= text.length()) {
                return;
            }
            char c = text.charAt(pos);
            if (c == '}') {
                pos++;
                return;
            }
            int before = pos;
            if (c == ',') {
                pos++;
            } else {
                readKeyValue(path);
            }
            if (pos == before) {
                pos++;
            }
        }
    }

    private void readArray(KeyPath path) {
        pos++;
        int index = 0;
        while (true) {
            skipBlank();
            if (pos >= text.length()) {
                return;
            }
            char c = text.charAt(pos);
            if (c == ']') {
                pos++;
                return;
            }
            int before = pos;
            if (c == ',') {
                pos++;
            } else {
                record(path.index(index), pos);
                readValue(path.index(index));
                index++;
            }
            if (pos == before) {
                pos++;
            }
        }
    }

    /** A possibly dotted key; empty when the text at {@code pos} is not a key. */
    private List<KeyAt> readKey() {
        List<KeyAt> keys = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (pos >= text.length()) {
                return keys;
            }
            int start = pos;
            char c = text.charAt(pos);
            String name;
            if (c == '"') {
                name = readBasicStringKey();
            } else if (c == '\'') {
                name = readLiteralStringKey();
            } else if (isBareKeyChar(c)) {
                while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
                    pos++;
                }
                name = text.substring(start, pos);
            } else {
                return keys;
            }
            keys.add(new KeyAt(name, start));
            skipSpaces();
            if (pos >= text.length() || text.charAt(pos) != '.') {
                return keys;
            }
            pos++;
        }
    }

    private String readBasicStringKey() {
        StringBuilder name = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"' || c == '\n') {
                pos++;
                break;
            }
            if (c == '\\' && pos + 1 < text.length()) {
                pos++;
                appendEscape(name);
            } else {
                name.append(c);
                pos++;
            }
        }
        return name.toString();
    }

    /** Appends the escape whose letter is at {@code pos} and moves past it. */
    private void appendEscape(StringBuilder name) {
        char letter = text.charAt(pos++);
        switch (letter) {
            case 'b' -> name.append('\b');
            case 't' -> name.append('\t');
            case 'n' -> name.append('\n');
            case 'f' -> name.append('\f');
            case 'r' -> name.append('\r');
            case 'u' -> appendUnicodeEscape(name, 4);
            case 'U' -> appendUnicodeEscape(name, 8);
            default -> name.append(letter);
        }
    }

    private void appendUnicodeEscape(StringBuilder name, int digits) {
        int codePoint = 0;
        int end = Math.min(pos + digits, text.length());
        for (; pos < end; pos++) {
            int digit = Character.digit(text.charAt(pos), 16);
            if (digit < 0) {
                break;
            }
            codePoint = codePoint * 16 + digit;
        }
        if (Character.isValidCodePoint(codePoint)) {
            name.appendCodePoint(codePoint);
        }
    }

    private String readLiteralStringKey() {
        int start = ++pos;
        while (pos < text.length() && text.charAt(pos) != '\'' && text.charAt(pos) != '\n') {
            pos++;
        }
        String name = text.substring(start, pos);
        if (pos < text.length()) {
            pos++;
        }
        return name;
    }

    private void skipString() {
        char quote = text.charAt(pos);
        String triple = String.valueOf(quote).repeat(3);
        boolean multiLine = text.startsWith(triple, pos);
        pos += multiLine ? 3 : 1;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && quote == '"') {
                pos += 2;
            } else if (multiLine && text.startsWith(triple, pos)) {
                pos += 3;
                // Up to two quotes right before the closing delimiter belong to the content.
                for (int extra = 0; extra < 2 && pos < text.length() && text.charAt(pos) == quote; extra++) {
                    pos++;
                }
                return;
            } else if (!multiLine && (c == quote || c == '\n')) {
                pos++;
                return;
            } else {
                pos++;
            }
        }
    }

    private void skipScalar() {
        while (pos < text.length() && ",]}#\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    /** Whitespace, newlines and comments. */
    private void skipBlank() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '#') {
                skipRestOfLine();
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                pos++;
            } else {
                return;
            }
        }
    }

    private void skipRestOfLine() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    private static boolean isBareKeyChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private void record(KeyPath path, int offset) {
        offsets.putIfAbsent(path, offset);
    }
}
