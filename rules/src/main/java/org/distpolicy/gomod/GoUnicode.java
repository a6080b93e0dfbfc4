package org.distpolicy.gomod;

import java.util.ArrayList;
import java.util.List;

/**
 * The Unicode predicates of Go's standard library that the go.mod grammar is defined with. Java's
 * own differ at the edges (Character.isWhitespace counts U+001C..U+001F and misses U+00A0), and
 * an edge is exactly where a go.mod file from the wild will land.
 */
public final class GoUnicode {
    private GoUnicode() {
    }

    /** unicode.IsSpace: the Latin-1 spaces plus the White_Space property. */
    static boolean isSpace(int c) {
        return switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200A;
        };
    }

    /** unicode.IsPrint (and strconv.IsPrint): letters, marks, numbers, punctuation, symbols, ASCII space. */
    static boolean isPrint(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** strings.TrimSpace. */
    public static String trimSpace(String s) {
        int start = 0;
        while (start < s.length() && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        int end = s.length();
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** strings.Fields: the runs of non-space text. */
    public static List<String> fields(String s) {
        List<String> fields = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            boolean space = isSpace(s.codePointAt(i));
            if (space && start >= 0) {
                fields.add(s.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            fields.add(s.substring(start));
        }
        return fields;
    }
}
