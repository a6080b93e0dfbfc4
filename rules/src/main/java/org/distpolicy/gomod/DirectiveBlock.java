package org.distpolicy.gomod;

import java.util.ArrayList;
import java.util.List;

/** "verb (" … ")": the lines between the parentheses share the verb. */
final class DirectiveBlock implements Statement {
    private final List<GoModToken> verb;
    private final SourcePosition lparen;
    private final List<DirectiveLine> lines = new ArrayList<>();
    private final List<Comment> before = new ArrayList<>();
    private SourcePosition rparen;

    DirectiveBlock(List<GoModToken> verb, SourcePosition lparen) {
        this.verb = List.copyOf(verb);
        this.lparen = lparen;
    }

    /** The tokens before "(": one word for a valid block. */
    List<GoModToken> verb() {
        return verb;
    }

    SourcePosition start() {
        return verb.get(0).start();
    }

    SourcePosition lparen() {
        return lparen;
    }

    SourcePosition rparen() {
        return rparen;
    }

    void closeAt(SourcePosition rparen) {
        this.rparen = rparen;
    }

    List<DirectiveLine> lines() {
        return lines;
    }

    @Override
    public List<Comment> before() {
        return before;
    }
}
