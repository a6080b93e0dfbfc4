package org.distpolicy.gomod;

import java.util.ArrayList;
import java.util.List;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.gomod.GoModToken.Kind;

/**
 * Builds modfile's syntax tree: statements of tokens, blocks, and the comments above each. It
 * reads one token ahead, exactly like modfile, so that when a file has both a lexical and a
 * grammatical error the one reported is the one cmd/go reports.
 */
final class GoModSyntaxParser {
    private final GoModLexer lexer;
    private GoModToken next;

    private GoModSyntaxParser(GoModLexer lexer) {
        this.lexer = lexer;
    }

    /** The statements of the file, with every comment attached where modfile attaches it. */
    static List<Statement> parse(String text) throws ManifestException {
        GoModLexer lexer = new GoModLexer(text);
        GoModSyntaxParser parser = new GoModSyntaxParser(lexer);
        parser.next = lexer.next();
        List<Statement> statements = parser.parseFile();
        SuffixCommentAttacher.attach(statements, lexer.suffixComments());
        return statements;
    }

    private List<Statement> parseFile() throws ManifestException {
        List<Statement> statements = new ArrayList<>();
        List<Comment> commentsAbove = new ArrayList<>();
        while (true) {
            switch (next.kind()) {
                case EOF:
                    return statements;
                case NEWLINE:
                    // a blank line separates the comments above it from the next statement
                    lex();
                    commentsAbove.clear();
                    break;
                case LINE_COMMENT:
                    GoModToken comment = lex();
                    commentsAbove.add(new Comment(comment.start(), comment.text()));
                    break;
                default:
                    Statement statement = parseStatement();
                    statement.before().addAll(commentsAbove);
                    commentsAbove.clear();
                    statements.add(statement);
            }
        }
    }

    private Statement parseStatement() throws ManifestException {
        GoModToken first = lex();
        List<GoModToken> tokens = new ArrayList<>(List.of(first));
        SourcePosition end = first.end();
        while (true) {
            GoModToken token = lex();
            if (token.kind().endsLine()) {
                return new DirectiveLine(tokens, end);
            }
            if (token.kind() != Kind.LPAREN) {
                tokens.add(token);
                end = token.end();
            } else if (next.kind().endsLine()) {
                return parseBlock(tokens, token);
            } else if (next.kind() == Kind.RPAREN) {
                GoModToken rparen = lex();
                if (next.kind().endsLine()) {
                    lex();
                    DirectiveBlock empty = new DirectiveBlock(tokens, token.start());
                    empty.closeAt(rparen.start());
                    return empty;
                }
                // "( )" inside a line is just two more tokens
                tokens.add(token);
                tokens.add(rparen);
            } else {
                tokens.add(token);
            }
        }
    }

    private DirectiveBlock parseBlock(List<GoModToken> verb, GoModToken lparen) throws ManifestException {
        DirectiveBlock block = new DirectiveBlock(verb, lparen.start());
        List<Comment> comments = new ArrayList<>();
        while (true) {
            switch (next.kind()) {
                case SUFFIX_COMMENT:
                    lex();
                    break;
                case NEWLINE:
                    lex();
                    if (comments.isEmpty() ? !block.lines().isEmpty() : !comments.get(comments.size() - 1).isBlankLine()) {
                        comments.add(Comment.BLANK_LINE);
                    }
                    break;
                case LINE_COMMENT:
                    GoModToken comment = lex();
                    comments.add(new Comment(comment.start(), comment.text()));
                    break;
                case EOF:
                    throw new ManifestException(
                            "syntax error (unterminated block started at " + block.start().line() + ":"
                                    + block.start().column() + ")",
                            next.start().line(), next.start().column());
                case RPAREN:
                    block.closeAt(lex().start());
                    if (!next.kind().endsLine()) {
                        throw new ManifestException("syntax error (expected newline after closing paren)",
                                next.start().line(), next.start().column());
                    }
                    lex();
                    return block;
                default:
                    DirectiveLine line = parseBlockLine();
                    line.before().addAll(comments);
                    comments.clear();
                    block.lines().add(line);
            }
        }
    }

    private DirectiveLine parseBlockLine() throws ManifestException {
        List<GoModToken> tokens = new ArrayList<>();
        SourcePosition end = null;
        for (GoModToken token = lex(); !token.kind().endsLine(); token = lex()) {
            tokens.add(token);
            end = token.end();
        }
        return new DirectiveLine(tokens, end);
    }

    /** Consumes the lookahead token and reads the one after it. */
    private GoModToken lex() throws ManifestException {
        GoModToken current = next;
        next = lexer.next();
        return current;
    }
}
