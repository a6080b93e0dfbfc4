package org.distpolicy.rules;

import java.util.Locale;

/** The package ecosystems distpolicy understands; reports carry the lower-case label. */
public enum Ecosystem {
    CARGO,
    GO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
