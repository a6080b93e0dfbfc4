package org.distpolicy.archive;

import org.distpolicy.rules.Rule;

/** Reading an artifact broke one of the {@code artifact/*} rules; the artifact gets that finding. */
public final class ArtifactProblem extends Exception {
    private final transient Rule rule;

    public ArtifactProblem(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
