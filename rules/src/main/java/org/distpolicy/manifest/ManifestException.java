package org.distpolicy.manifest;

/**
 * A manifest (Cargo.toml, go.mod, vendor/modules.txt) that cannot be parsed. Carries the position
 * so the finding can point the maintainer at the line; line and column are 1-based, 0 when unknown.
 */
public final class ManifestException extends Exception {
    private final int line;
    private final int column;

    public ManifestException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public ManifestException(String message) {
        this(message, 0, 0);
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** "file:line:col: message", the form compilers and cmd/go use. */
    public String describe(String file) {
        if (line <= 0) {
            return file + ": " + getMessage();
        }
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + getMessage();
    }
}
