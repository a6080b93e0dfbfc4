package org.distpolicy.cargo;

/** A 1-based line and column; 0 for both when unknown, as in ManifestException. */
record SourcePosition(int line, int column) {
    static final SourcePosition UNKNOWN = new SourcePosition(0, 0);
}
