package org.distpolicy.rules.go;

import java.util.ArrayList;
import java.util.List;
import org.distpolicy.facts.GoModuleFacts;
import org.distpolicy.gomod.GoReplace;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.GoModuleRule;
import org.distpolicy.rules.Severity;

/** A rule about the replace directives of a go.mod; a tree without go.mod has none. */
abstract class GoReplaceRule extends GoModuleRule {
    GoReplaceRule(String id, Severity severity, String summary, String rationale, String fix) {
        super(id, severity, summary, rationale, fix);
    }

    abstract boolean applies(GoReplace replace);

    /** Why the replace is a problem, after "go.mod:LINE: replace OLD => NEW". */
    abstract String because(GoReplace replace);

    /** What identifies the problem across runs. */
    abstract String problemKey(GoReplace replace);

    @Override
    public final List<Finding> check(GoModuleFacts module) {
        if (module.goMod() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (GoReplace replace : module.goMod().replaces()) {
            if (applies(replace)) {
                findings.add(finding(module, replace.oldPath(),
                        "go.mod:" + replace.line() + ": replace " + replace.replaced() + " => " + replace.replacement() + because(replace),
                        problemKey(replace)));
            }
        }
        return findings;
    }
}
