package org.distpolicy.gomod;

import org.distpolicy.manifest.ManifestException;

/**
 * A place in the go.mod text: 1-based line, 1-based column counted in code points (as Go counts
 * runes), and the char offset that orders positions.
 */
record SourcePosition(int line, int column, int offset) {

    /** The position just after a one-character token at this position, such as a parenthesis. */
    SourcePosition afterOneChar() {
        return new SourcePosition(line, column + 1, offset + 1);
    }

    /** An error to report at this position. */
    ManifestException error(String message) {
        return new ManifestException(message, line, column);
    }
}
