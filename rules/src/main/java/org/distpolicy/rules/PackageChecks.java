package org.distpolicy.rules;

import java.util.ArrayList;
import java.util.List;
import org.distpolicy.facts.CrateFacts;
import org.distpolicy.facts.GoModuleFacts;
import org.distpolicy.facts.PackageFacts;

/** Runs every per-package rule of the catalogue on one package's facts. */
public final class PackageChecks {
    private PackageChecks() {
    }

    public static List<Finding> check(PackageFacts facts) {
        List<Finding> findings = new ArrayList<>();
        if (facts instanceof CrateFacts crate) {
            for (CrateRule rule : RuleCatalogue.crateRules()) {
                findings.addAll(rule.check(crate));
            }
        } else if (facts instanceof GoModuleFacts module) {
            for (GoModuleRule rule : RuleCatalogue.goModuleRules()) {
                findings.addAll(rule.check(module));
            }
        }
        return findings;
    }
}
