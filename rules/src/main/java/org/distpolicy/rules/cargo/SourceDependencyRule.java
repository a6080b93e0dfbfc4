package org.distpolicy.rules.cargo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.distpolicy.cargo.CargoDependency;
import org.distpolicy.cargo.CargoManifest;
import org.distpolicy.facts.CrateFacts;
import org.distpolicy.resolve.DependencyKind;
import org.distpolicy.rules.CrateRule;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;

/**
 * Dependencies taken from somewhere other than a registry (a path, a git repository). Judged as
 * cargo package treats them: in the shipped Cargo.toml they break the distro build; in
 * Cargo.toml.orig a source beside a version is how workspaces publish (cargo keeps the version
 * only), and a dev-dependency without a version is dropped on publish, so it costs only the
 * tests (info).
 */
abstract class SourceDependencyRule extends CrateRule {
    private final String sourceKey;

    SourceDependencyRule(String id, String sourceKey, String summary, String rationale, String fix) {
        super(id, Severity.ERROR, summary, rationale, fix);
        this.sourceKey = sourceKey;
    }

    /** The source the dependency names under this rule's key, or null. */
    abstract String source(CargoDependency dependency);

    @Override
    public final List<Finding> check(CrateFacts crate) {
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (CargoDependency dependency : crate.manifest().dependencies()) {
            String source = source(dependency);
            if (source != null) {
                reported.add(identity(dependency));
                findings.add(report(crate, dependency, source, "Cargo.toml"));
            }
        }
        CargoManifest original = crate.original();
        if (original != null) {
            for (CargoDependency dependency : original.dependencies()) {
                String source = source(dependency);
                if (source != null && dependency.kind() == DependencyKind.DEV && dependency.versionReq() == null
                        && !dependency.workspaceInherited() && reported.add(identity(dependency))) {
                    findings.add(report(crate, dependency, source, "Cargo.toml.orig"));
                }
            }
        }
        return findings;
    }

    private Finding report(CrateFacts crate, CargoDependency dependency, String source, String manifest) {
        String where = "[" + dependency.tableName() + "] " + dependency.name() + " has " + sourceKey + " = \"" + source + "\" in " + manifest;
        if (dependency.kind() == DependencyKind.DEV) {
            String message = where + (dependency.versionReq() == null
                    ? ": a dev-dependency without a version, which cargo drops on publish; only the tests cannot be built"
                    : ": only the tests depend on it");
            return finding(crate, dependency.name(), message, identity(dependency)).withSeverity(Severity.INFO);
        }
        String message = where + ": distro builds resolve dependencies from the archive only"
                + (dependency.versionReq() == null ? ", and without a version it cannot even be published" : "");
        return finding(crate, dependency.name(), message, identity(dependency));
    }

    private static String identity(CargoDependency dependency) {
        return dependency.kind() + "|" + (dependency.target() == null ? "" : dependency.target()) + "|" + dependency.name();
    }
}
