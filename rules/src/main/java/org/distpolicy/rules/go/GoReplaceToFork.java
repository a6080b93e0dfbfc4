package org.distpolicy.rules.go;

import java.util.ArrayList;
import java.util.List;
import org.distpolicy.facts.GoModuleFacts;
import org.distpolicy.gomod.GoReplace;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.GoModuleRule;
import org.distpolicy.rules.Severity;

/** {@code go/replace-to-fork}: a {@code replace} to another module path. */
public final class GoReplaceToFork extends GoModuleRule {
    public static final GoReplaceToFork INSTANCE = new GoReplaceToFork();

    private GoReplaceToFork() {
        super("go/replace-to-fork", Severity.WARNING,
                "replace to another module path",
                """
                Replacing a module with a fork means the build uses code the archive packages under
                another name, if at all; security fixes to the original never reach it. Example:
                `replace github.com/pkg/errors v0.9.1 => github.com/fork/errors v0.9.2`. A replace
                that only pins another version of the same module is not a fork.""",
                "Get the fork's changes upstream, or package the fork as its own module and say so in the packaging.");
    }

    @Override
    public List<Finding> check(GoModuleFacts module) {
        if (module.goMod() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (GoReplace replace : module.goMod().replaces()) {
            if (!replace.isLocalDirectory() && !replace.newPath().equals(replace.oldPath())) {
                findings.add(finding(module, replace.oldPath(),
                        "go.mod:" + replace.line() + ": replace " + replace.replaced() + " => " + replace.replacement(),
                        replace.replaced() + "=>" + replace.newPath()));
            }
        }
        return findings;
    }
}
