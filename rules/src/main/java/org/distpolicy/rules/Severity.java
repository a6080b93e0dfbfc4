package org.distpolicy.rules;

import java.util.Locale;

/** How bad a finding is; reports carry the lower-case label. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
