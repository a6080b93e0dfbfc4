package org.distpolicy.rules.cargo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.distpolicy.cargo.CargoDependency;
import org.distpolicy.facts.CrateFacts;
import org.distpolicy.resolve.DependencyKind;
import org.distpolicy.rules.CrateRule;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;

/** {@code cargo/foreign-registry}: a dependency from a registry other than crates.io. */
public final class CargoForeignRegistry extends CrateRule {
    public static final CargoForeignRegistry INSTANCE = new CargoForeignRegistry();

    /** How manifests name crates.io: cargo package writes the index URL; authors may write the name. */
    private static final Set<String> CRATES_IO = Set.of(
            "crates-io",
            "https://github.com/rust-lang/crates.io-index",
            "registry+https://github.com/rust-lang/crates.io-index",
            "sparse+https://index.crates.io/",
            "sparse+https://index.crates.io");

    private CargoForeignRegistry() {
        super("cargo/foreign-registry", Severity.ERROR,
                "dependency from a registry other than crates.io",
                """
                Distros package crates from crates.io; a crate from a company or private registry
                cannot be packaged from its usual source and its name may even clash with a
                different crates.io crate. Example: `[dependencies.corp-auth]` with
                `registry-index = "sparse+https://crates.corp.example/index/"`.""",
                "Depend on a crates.io crate instead, or patch the dependency out.");
    }

    @Override
    public List<Finding> check(CrateFacts crate) {
        List<Finding> findings = new ArrayList<>();
        for (CargoDependency dependency : crate.manifest().dependencies()) {
            String registry = dependency.registryIndex() != null ? dependency.registryIndex() : dependency.registry();
            if (registry == null || CRATES_IO.contains(registry)) {
                continue;
            }
            String message = "[" + dependency.tableName() + "] " + dependency.name() + " comes from registry "
                    + registry + ", not crates.io";
            Finding finding = finding(crate, dependency.name(), message, dependency.kind() + "|" + registry);
            // Dev-dependencies keep their registry on publish, but only the tests need them.
            findings.add(dependency.kind() == DependencyKind.DEV ? finding.withSeverity(Severity.WARNING) : finding);
        }
        return findings;
    }
}
