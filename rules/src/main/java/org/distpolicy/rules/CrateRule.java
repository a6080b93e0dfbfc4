package org.distpolicy.rules;

import java.util.List;
import org.distpolicy.facts.CrateFacts;

/** A rule judged on one crate's facts alone. */
public abstract class CrateRule extends Rule {
    protected CrateRule(String id, Severity defaultSeverity, String summary, String rationale, String fix) {
        super(id, defaultSeverity, summary, rationale, fix);
    }

    public abstract List<Finding> check(CrateFacts crate);

    protected final Finding finding(CrateFacts crate, String subject, String message, String problemKey) {
        return Finding.of(this, Ecosystem.CARGO, crate.name(), crate.version(), subject, message, crate.artifact().path(), problemKey);
    }
}
