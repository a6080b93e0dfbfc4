package org.distpolicy.policy;

import org.distpolicy.manifest.ManifestException;

/**
 * A policy file that cannot be used. A run must not start on a policy it misread, so every problem
 * is fatal and names the key and, when known, its 1-based line and column (0 when unknown).
 */
public final class PolicyException extends Exception {
    private final ManifestException positioned;
    /** The file the position is in when it is not the policy file itself (a maintainers file); else null. */
    private final String file;

    PolicyException(ManifestException positioned) {
        this(positioned, null);
    }

    PolicyException(ManifestException positioned, String file) {
        super(positioned.getMessage(), positioned);
        this.positioned = positioned;
        this.file = file;
    }

    public int line() {
        return positioned.line();
    }

    public int column() {
        return positioned.column();
    }

    /** "file:line:col: message", the form compilers (and artifact/bad-manifest) use. */
    public String describe(String policyFile) {
        return positioned.describe(file == null ? policyFile : file);
    }
}
