package org.distpolicy.gomod;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of tokens: a top-level directive ("require x v1.0.0") or a line inside a block
 * ("x v1.0.0"). Suffix comments are attached after parsing.
 */
final class DirectiveLine implements Statement {
    private final List<GoModToken> tokens;
    private final SourcePosition end;
    private final List<Comment> before = new ArrayList<>();
    private final List<Comment> suffix = new ArrayList<>();

    DirectiveLine(List<GoModToken> tokens, SourcePosition end) {
        this.tokens = List.copyOf(tokens);
        this.end = end;
    }

    List<GoModToken> tokens() {
        return tokens;
    }

    SourcePosition start() {
        return tokens.get(0).start();
    }

    /** Where the last token ends; as in modfile, "(" and "()" inside a top-level line do not count. */
    SourcePosition end() {
        return end;
    }

    @Override
    public List<Comment> before() {
        return before;
    }

    List<Comment> suffix() {
        return suffix;
    }
}
