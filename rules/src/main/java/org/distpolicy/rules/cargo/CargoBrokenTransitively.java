package org.distpolicy.rules.cargo;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code cargo/broken-transitively}: its own requirements are met, but a provider it needs is broken. Found by the archive-wide resolution ({@link org.distpolicy.cargo.resolve}). */
public final class CargoBrokenTransitively extends Rule {
    public static final CargoBrokenTransitively INSTANCE = new CargoBrokenTransitively();

    private CargoBrokenTransitively() {
        super("cargo/broken-transitively", Severity.WARNING,
                "its own requirements are met, but a provider it needs is broken",
                """
                Every archived version that could satisfy one of its requirements is itself broken, so
                this capability cannot be installed either. Example: foo/serde needs serde/derive, and
                serde/derive needs a missing serde_derive. The message names the root cause and the
                chain to it; fix the root and this goes away.""",
                "Fix the root cause named in the message.");
    }
}
