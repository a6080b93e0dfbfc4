package org.distpolicy.policy;

import org.distpolicy.manifest.ManifestException;

/**
 * A policy file that cannot be used. A run must not start on a policy it misread, so every problem
 * is fatal and names the key and, when known, its 1-based line and column (0 when unknown).
 */
public final class PolicyException extends Exception {
    private final int line;
    private final int column;

    PolicyException(ManifestException positioned) {
        super(positioned.getMessage());
        this.line = positioned.line();
        this.column = positioned.column();
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** "file:line:col: message", the form compilers (and artifact/bad-manifest) use. */
    public String describe(String file) {
        if (line <= 0) {
            return file + ": " + getMessage();
        }
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + getMessage();
    }
}
