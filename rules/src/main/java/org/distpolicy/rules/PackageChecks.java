package org.distpolicy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.distpolicy.facts.CrateFacts;
import org.distpolicy.facts.GoModuleFacts;
import org.distpolicy.facts.PackageFacts;
import org.distpolicy.rules.artifact.ArtifactCheckFailed;

/** Runs every per-package rule of the catalogue on one package's facts. */
public final class PackageChecks {
    private PackageChecks() {
    }

    public static List<Finding> check(PackageFacts facts) {
        return check(facts, RuleCatalogue.crateRules(), RuleCatalogue.goModuleRules());
    }

    static List<Finding> check(PackageFacts facts, List<? extends CrateRule> crateRules, List<? extends GoModuleRule> goModuleRules) {
        List<Finding> findings = new ArrayList<>();
        if (facts instanceof CrateFacts crate) {
            for (CrateRule rule : crateRules) {
                findings.addAll(guarded(facts, rule, r -> r.check(crate)));
            }
        } else if (facts instanceof GoModuleFacts module) {
            for (GoModuleRule rule : goModuleRules) {
                findings.addAll(guarded(facts, rule, r -> r.check(module)));
            }
        }
        return findings;
    }

    /** A rule that throws on one package becomes that package's finding; the night's run goes on. */
    private static <R extends Rule> List<Finding> guarded(PackageFacts facts, R rule, Function<R, List<Finding>> check) {
        try {
            return check.apply(rule);
        } catch (RuntimeException e) {
            return List.of(ArtifactCheckFailed.INSTANCE.finding(facts, rule.id(), e));
        }
    }
}
