package org.distpolicy.rules.cargo;

import java.util.ArrayList;
import java.util.List;
import org.distpolicy.cargo.CargoPatch;
import org.distpolicy.facts.CrateFacts;
import org.distpolicy.rules.CrateRule;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;

/** {@code cargo/patch-section}: {@code [patch]} or {@code [replace]} in the shipped manifest. */
public final class CargoPatchSection extends CrateRule {
    public static final CargoPatchSection INSTANCE = new CargoPatchSection();

    private CargoPatchSection() {
        super("cargo/patch-section", Severity.WARNING,
                "[patch] or [replace] in the shipped manifest",
                """
                A [patch] swaps a dependency for another source when this crate is the workspace
                root, which it is in a distro build: the build then silently differs from the
                dependency graph the archive resolves, or fails for want of the patched source.
                Example: `[patch.crates-io] openssl-sys = { git = "...", branch = "fix-ci" }`.""",
                "Drop the section from the packaged manifest; apply the fix as a distro patch to the patched crate instead.");
    }

    @Override
    public List<Finding> check(CrateFacts crate) {
        List<Finding> findings = new ArrayList<>();
        for (CargoPatch patch : crate.manifest().patches()) {
            findings.add(finding(crate, patch.name(),
                    "[patch." + patch.source() + "] replaces " + patch.name() + " with " + describe(patch),
                    "patch|" + patch.source() + "|" + patch.name()));
        }
        for (CargoPatch replace : crate.manifest().replaces()) {
            findings.add(finding(crate, replace.name(),
                    "[replace] replaces " + replace.name() + " with " + describe(replace),
                    "replace|" + replace.name()));
        }
        return findings;
    }

    private static String describe(CargoPatch patch) {
        if (patch.spec().git() != null) {
            return "git " + patch.spec().git() + (patch.spec().gitRef() == null ? "" : " (" + patch.spec().gitRef() + ")");
        }
        if (patch.spec().path() != null) {
            return "path " + patch.spec().path();
        }
        return "version " + patch.spec().versionReq();
    }
}
