package org.distpolicy.rules;

/**
 * One entry of the rule catalogue: a stable id and the documentation that goes with it. Ids
 * never change meaning once shipped; the catalogue page is generated from these fields.
 */
public abstract class Rule {
    private final String id;
    private final Severity defaultSeverity;
    private final String summary;
    private final String rationale;
    private final String fix;

    protected Rule(String id, Severity defaultSeverity, String summary, String rationale, String fix) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.summary = summary;
        this.rationale = rationale;
        this.fix = fix;
    }

    public final String id() {
        return id;
    }

    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** One line: what the rule finds. */
    public final String summary() {
        return summary;
    }

    /** Why distros care, with an example. */
    public final String rationale() {
        return rationale;
    }

    /** The usual way to make the finding go away. */
    public final String fix() {
        return fix;
    }

    @Override
    public String toString() {
        return id;
    }
}
