package org.distpolicy.rules.go;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code go/broken-transitively}: a package's own imports are archived, but one it needs is broken. */
public final class GoBrokenTransitively extends Rule {
    public static final GoBrokenTransitively INSTANCE = new GoBrokenTransitively();

    private GoBrokenTransitively() {
        super("go/broken-transitively", Severity.WARNING,
                "its own imports are archived, but a package it needs is broken; names the root cause",
                """
                A package cannot build when a package it imports cannot. The finding names the
                chain and the root problem so the fix lands where it belongs. Example:
                github.com/a/cli imports github.com/a/lib, which imports a package nothing in
                the archive provides.""",
                "Fix the root cause named in the message; this package needs no change of its own.");
    }
}
