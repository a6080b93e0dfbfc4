package org.distpolicy.gomod;

/**
 * A "//" comment, text included. Inside a block, a blank line between comments is kept as a
 * comment with empty text and no position, because modfile lets it decide which comments a
 * directive owns.
 */
record Comment(SourcePosition start, String text) {

    static final Comment BLANK_LINE = new Comment(null, "");

    boolean isBlankLine() {
        return text.isEmpty();
    }
}
