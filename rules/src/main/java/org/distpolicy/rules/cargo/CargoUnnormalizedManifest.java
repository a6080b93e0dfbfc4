package org.distpolicy.rules.cargo;

import java.util.ArrayList;
import java.util.List;
import org.distpolicy.cargo.CargoManifest;
import org.distpolicy.facts.CrateFacts;
import org.distpolicy.rules.CrateRule;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;

/** {@code cargo/unnormalized-manifest}: workspace inheritance or other un-normalized keys in the shipped manifest. */
public final class CargoUnnormalizedManifest extends CrateRule {
    public static final CargoUnnormalizedManifest INSTANCE = new CargoUnnormalizedManifest();

    private CargoUnnormalizedManifest() {
        super("cargo/unnormalized-manifest", Severity.ERROR,
                "workspace = true inheritance or other un-normalized keys in the shipped manifest",
                """
                cargo package resolves workspace inheritance when it writes the published Cargo.toml. A shipped manifest that still says, for example,
                `version.workspace = true` or `serde = { workspace = true }`, needs a workspace root the archive does not have,
                so cargo refuses to build it, and distro tooling cannot read its version or
                dependencies. A [workspace] table alone is harmless (the crate is its own workspace
                root, as in a distro build) and is not reported.""",
                "Ship the Cargo.toml that cargo package generates, not the one from the source tree.");
    }

    @Override
    public List<Finding> check(CrateFacts crate) {
        CargoManifest manifest = crate.manifest();
        List<String> problems = new ArrayList<>();
        if (!manifest.inheritedKeys().isEmpty()) {
            problems.add("inherits " + String.join(", ", manifest.inheritedKeys()) + " from a workspace");
        }
        if (manifest.pkg().version() == null && !manifest.inheritedKeys().contains("package.version")) {
            problems.add("has no package.version");
        }
        if (problems.isEmpty()) {
            return List.of();
        }
        return List.of(finding(crate, null, "Cargo.toml is not normalized: it " + String.join("; ", problems), "unnormalized"));
    }
}
