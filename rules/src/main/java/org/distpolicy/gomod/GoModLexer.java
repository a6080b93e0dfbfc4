package org.distpolicy.gomod;

import java.util.ArrayList;
import java.util.List;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.gomod.GoModToken.Kind;

/**
 * Splits go.mod text into tokens the way modfile's lexer does: words are runs of printable
 * characters up to a space, a "//" comment or one of ( ) [ ] { } , and strings are "…" with
 * backslash escapes or `…` raw, on one line. Suffix comments are also collected for the comment
 * attacher, because where they belong is only known once the whole file is parsed.
 */
final class GoModLexer {
    private final String text;
    private final List<Comment> suffixComments = new ArrayList<>();
    private int offset;
    private int line = 1;
    private int column = 1;

    GoModLexer(String text) {
        this.text = text;
    }

    /** The suffix comments read so far, in file order. */
    List<Comment> suffixComments() {
        return suffixComments;
    }

    GoModToken next() throws ManifestException {
        skipBlanks();
        SourcePosition start = position();
        if (text.startsWith("//", offset)) {
            return comment(start);
        }
        if (offset == text.length()) {
            return token(Kind.EOF, start);
        }
        int c = peek();
        switch (c) {
            case '\n':
                read();
                return token(Kind.NEWLINE, start);
            case '(':
                read();
                return token(Kind.LPAREN, start);
            case ')':
                read();
                return token(Kind.RPAREN, start);
            case '[', ']', '{', '}', ',':
                read();
                return token(Kind.PUNCTUATION, start);
            case '"', '`':
                return string(start, c);
            default:
                return word(start);
        }
    }

    private void skipBlanks() throws ManifestException {
        while (offset < text.length()) {
            int c = peek();
            if (c != ' ' && c != '\t' && c != '\r') {
                rejectBlockComment();
                return;
            }
            read();
        }
    }

    private GoModToken comment(SourcePosition start) {
        boolean suffix = !GoUnicode.trimSpace(text.substring(text.lastIndexOf('\n', offset - 1) + 1, offset)).isEmpty();
        while (offset < text.length() && read() != '\n') {
            // a comment runs to the end of its line, taking the line break with it
        }
        GoModToken token = token(suffix ? Kind.SUFFIX_COMMENT : Kind.LINE_COMMENT, start);
        if (suffix) {
            suffixComments.add(new Comment(start, token.text()));
        }
        return token;
    }

    private GoModToken string(SourcePosition start, int quote) throws ManifestException {
        read();
        while (true) {
            if (offset == text.length()) {
                throw new ManifestException("unexpected EOF in string", start.line(), start.column());
            }
            if (peek() == '\n') {
                throw error("unexpected newline in string");
            }
            int c = read();
            if (c == quote) {
                return token(Kind.STRING, start);
            }
            if (c == '\\' && quote != '`') {
                if (offset == text.length()) {
                    throw new ManifestException("unexpected EOF in string", start.line(), start.column());
                }
                // Go's lexer takes any character after a backslash, even a line break; unquoting
                // the string refuses it later
                read();
            }
        }
    }

    private GoModToken word(SourcePosition start) throws ManifestException {
        if (!isWordChar(peek())) {
            throw error("unexpected input character " + GoStrconv.quoteRune(peek()));
        }
        while (offset < text.length() && isWordChar(peek()) && !text.startsWith("//", offset)) {
            rejectBlockComment();
            read();
        }
        return token(Kind.WORD, start);
    }

    private void rejectBlockComment() throws ManifestException {
        if (text.startsWith("/*", offset)) {
            throw error("mod files must use // comments (not /* */ comments)");
        }
    }

    /** modfile's isIdent: printable and not a space, except the punctuation that forms its own tokens. */
    private static boolean isWordChar(int c) {
        return switch (c) {
            case ' ', '(', ')', '[', ']', '{', '}', ',' -> false;
            default -> !GoUnicode.isSpace(c) && GoUnicode.isPrint(c);
        };
    }

    private GoModToken token(Kind kind, SourcePosition start) {
        String tokenText = text.substring(start.offset(), offset);
        if (kind == Kind.LINE_COMMENT || kind == Kind.SUFFIX_COMMENT) {
            tokenText = withoutLineBreak(tokenText);
        }
        return new GoModToken(kind, tokenText, start, position());
    }

    private static String withoutLineBreak(String comment) {
        if (comment.endsWith("\r\n")) {
            return comment.substring(0, comment.length() - 2);
        }
        return comment.endsWith("\n") ? comment.substring(0, comment.length() - 1) : comment;
    }

    private int peek() {
        return text.codePointAt(offset);
    }

    private int read() {
        int c = text.codePointAt(offset);
        offset += Character.charCount(c);
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    private SourcePosition position() {
        return new SourcePosition(line, column, offset);
    }

    private ManifestException error(String message) {
        return new ManifestException(message, line, column);
    }
}
