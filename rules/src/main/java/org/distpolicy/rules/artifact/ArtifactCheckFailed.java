package org.distpolicy.rules.artifact;

import org.distpolicy.facts.PackageFacts;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code artifact/check-failed}: one of distpolicy's checks failed on this package, so its verdicts are incomplete. */
public final class ArtifactCheckFailed extends Rule {
    public static final ArtifactCheckFailed INSTANCE = new ArtifactCheckFailed();

    private ArtifactCheckFailed() {
        super("artifact/check-failed", Severity.ERROR,
                "a check failed on this package: its other checks ran, this one's verdict is missing",
                """
                A package that makes a checker fail must not take the night's run down with it, nor
                pass silently. The failing check is named and the package's other checks still run.
                A package whose resolution input cannot be built provides nothing in that run, so
                what needs it may be reported as missing it. Example: a Cargo.toml shape no parser
                test foresaw makes the feature graph builder throw.""",
                "Report the message and the artifact to distpolicy's developers; until it is fixed, check the package by hand.");
    }

    /** The finding for {@code check} (a rule id, or the stage) having thrown {@code failure} on {@code facts}. */
    public Finding finding(PackageFacts facts, String check, RuntimeException failure) {
        StackTraceElement[] where = failure.getStackTrace();
        String at = where.length == 0 ? "" : " at " + where[0];
        return Finding.of(this, facts.ecosystem(), facts.name(), facts.version(), check,
                check + " failed on this package: " + failure + at, facts.artifact().path(), check);
    }
}
