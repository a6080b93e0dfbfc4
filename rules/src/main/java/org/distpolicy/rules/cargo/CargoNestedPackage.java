package org.distpolicy.rules.cargo;

import java.util.ArrayList;
import java.util.List;
import org.distpolicy.cargo.CargoPackage;
import org.distpolicy.cargo.Publish;
import org.distpolicy.facts.CrateFacts;
import org.distpolicy.facts.NestedManifests;
import org.distpolicy.rules.CrateRule;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;

/** {@code cargo/nested-package}: a package shipped inside this crate, private to it ({@code publish = "nested"}). */
public final class CargoNestedPackage extends CrateRule {
    public static final CargoNestedPackage INSTANCE = new CargoNestedPackage();

    private CargoNestedPackage() {
        super("cargo/nested-package", Severity.INFO,
                "a nested package (publish = \"nested\") that is private to this crate",
                """
                The Cargo "nested packages" RFC lets a crate ship helper packages inside its own
                .crate instead of publishing them: a nested Cargo.toml says `publish = "nested"`,
                and the parent depends on it by path. That is not bundling someone else's code, but
                packagers should know the crate builds more than one package. Example:
                `macros/Cargo.toml` with `name = "fancy-log-macros"` and `publish = "nested"`.""",
                "Nothing to do; build the nested package together with its parent.");
    }

    @Override
    public List<Finding> check(CrateFacts crate) {
        List<Finding> findings = new ArrayList<>();
        crate.nested().parsed().forEach((path, manifest) -> {
            CargoPackage pkg = manifest.pkg();
            if (pkg != null && Publish.NESTED.equals(pkg.publish()) && !FixtureDirectories.contains(path)) {
                String directory = NestedManifests.directoryOf(path);
                String version = pkg.version() == null ? "" : " " + pkg.version();
                findings.add(finding(crate, directory, directory + " holds the nested package " + pkg.name() + version
                        + ", private to this crate (publish = \"nested\")", pkg.name()));
            }
        });
        return findings;
    }
}
