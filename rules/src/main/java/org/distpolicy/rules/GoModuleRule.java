package org.distpolicy.rules;

import java.util.List;
import org.distpolicy.facts.GoModuleFacts;

/** A rule judged on one Go module's facts alone. */
public abstract class GoModuleRule extends Rule {
    protected GoModuleRule(String id, Severity defaultSeverity, String summary, String rationale, String fix) {
        super(id, defaultSeverity, summary, rationale, fix);
    }

    public abstract List<Finding> check(GoModuleFacts module);

    protected final Finding finding(GoModuleFacts module, String subject, String message, String problemKey) {
        return Finding.of(this, Ecosystem.GO, module.name(), module.version(), subject, message, module.artifact().path(), problemKey);
    }
}
