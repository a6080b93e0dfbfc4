package org.distpolicy.reports.notify;

import java.util.Locale;

/** Why a finding is in a digest; its label is the ledger's {@code notice} column. */
public enum Notice {
    /** The maintainer has not been told about it since it (re)appeared. */
    NEW,
    /** Still open when a {@code remind-after-days} step since the first mail has passed. */
    REMINDER,
    /** Gone from the latest run after the maintainer was told about it. */
    FIXED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Notice ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
