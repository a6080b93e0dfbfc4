package org.distpolicy.gomod;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Gives each end-of-line comment to the syntax it follows, with modfile's algorithm: walk the
 * lines and parentheses from last to first and let each take the comments that start after it
 * ends. Syntax spanning several lines takes none. Only lines keep what they take; the
 * parentheses are there so that "require ( // x" does not hand "x" to an earlier line.
 */
final class SuffixCommentAttacher {

    /** Something that can own suffix comments, in modfile's postorder. */
    private record Span(SourcePosition start, SourcePosition end, List<Comment> owner) {
    }

    private SuffixCommentAttacher() {
    }

    static void attach(List<Statement> statements, List<Comment> suffixComments) {
        List<Span> postorder = postorder(statements);
        int remaining = suffixComments.size();
        for (int i = postorder.size() - 1; i >= 0; i--) {
            Span span = postorder.get(i);
            if (span.start().line() != span.end().line()) {
                continue;
            }
            while (remaining > 0 && span.end().offset() <= suffixComments.get(remaining - 1).start().offset()) {
                span.owner().add(suffixComments.get(--remaining));
            }
        }
        // they were taken last first
        for (Span span : postorder) {
            Collections.reverse(span.owner());
        }
    }

    private static List<Span> postorder(List<Statement> statements) {
        List<Span> spans = new ArrayList<>();
        for (Statement statement : statements) {
            if (statement instanceof DirectiveLine line) {
                spans.add(lineSpan(line));
            } else if (statement instanceof DirectiveBlock block) {
                spans.add(new Span(block.lparen(), block.lparen().afterOneChar(), new ArrayList<>()));
                block.lines().forEach(line -> spans.add(lineSpan(line)));
                SourcePosition afterRparen = block.rparen().afterOneChar();
                spans.add(new Span(block.rparen(), afterRparen, new ArrayList<>()));
                spans.add(new Span(block.start(), afterRparen, new ArrayList<>()));
            }
        }
        return spans;
    }

    private static Span lineSpan(DirectiveLine line) {
        return new Span(line.start(), line.end(), line.suffix());
    }
}
