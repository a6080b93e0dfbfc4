package org.distpolicy.rules.go;

import java.util.List;
import org.distpolicy.facts.GoModuleFacts;
import org.distpolicy.gomod.vendor.CopyDifference;
import org.distpolicy.gomod.vendor.Inconsistency;
import org.distpolicy.gomod.vendor.ModulesTxt;
import org.distpolicy.gomod.vendor.VendorConsistency;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.GoModuleRule;
import org.distpolicy.rules.Severity;
import org.distpolicy.rules.ShortList;

/**
 * {@code go/inconsistent-vendoring}: vendor/ disagrees with go.mod or with itself. One finding per
 * tree, whatever the list holds, so that fixing part of it keeps the problem's fingerprint.
 */
public final class GoInconsistentVendoring extends GoModuleRule {
    public static final GoInconsistentVendoring INSTANCE = new GoInconsistentVendoring();
    /** The problem is the tree's vendoring as a whole. */
    static final String PROBLEM_KEY = "vendor/modules.txt";

    private GoInconsistentVendoring() {
        super("go/inconsistent-vendoring", Severity.ERROR,
                "vendor/modules.txt disagrees with go.mod, or with the vendored directories",
                """
                go build -mod=vendor refuses a vendor tree whose modules.txt does not match go.mod
                ("inconsistent vendoring"); a package listed but not vendored, or vendored but not
                listed, fails or silently goes unused later. Either way the shipped tree was not made
                by `go mod vendor` from the shipped go.mod. Example: go.mod requires
                `github.com/pkg/errors v0.9.1` and modules.txt has `# github.com/pkg/errors v0.9.1`
                without `## explicit`.""",
                "Run `go mod vendor` on the shipped go.mod, or better, drop vendor/ and build against the archive.");
    }

    @Override
    public List<Finding> check(GoModuleFacts module) {
        if (module.goMod() == null) {
            return List.of();
        }
        ModulesTxt modulesTxt = module.vendorModulesTxt() == null ? null : ModulesTxt.parse(module.vendorModulesTxt());
        List<Inconsistency> found = VendorConsistency.check(module.goMod(), modulesTxt, module.files());
        if (found.isEmpty()) {
            return List.of();
        }
        long cmdGo = found.stream().filter(i -> i.source() == Inconsistency.Source.CMD_GO).count();
        String verdict = cmdGo > 0
                ? "go build -mod=vendor fails: inconsistent vendoring"
                : "vendor/ does not match vendor/modules.txt";
        return List.of(finding(module, null,
                verdict + " (" + found.size() + (found.size() == 1 ? " problem" : " problems") + "): "
                        + ShortList.of(found.stream().map(Inconsistency::message).toList()),
                PROBLEM_KEY));
    }

    /**
     * The archive-wide half: vendored files of a module version the archive also packages that are
     * not what the archived release holds (a patched or extended copy). Subject is the module.
     */
    public Finding copyDiffers(GoModuleFacts tree, String modulePath, String version, String archivedArtifact,
                               List<CopyDifference> differences) {
        return finding(tree, modulePath, "vendor/" + modulePath + " is not " + modulePath + " " + version + " as the archive packages it ("
                        + archivedArtifact + "): " + ShortList.of(differences.stream().map(CopyDifference::describe).toList()),
                "copy " + modulePath);
    }
}
