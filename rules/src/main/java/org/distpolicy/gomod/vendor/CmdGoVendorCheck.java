package org.distpolicy.gomod.vendor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.distpolicy.gomod.GoExclude;
import org.distpolicy.gomod.GoModFile;
import org.distpolicy.gomod.GoReplace;
import org.distpolicy.gomod.GoRequire;
import org.distpolicy.gomod.GoSemver;

/**
 * What go build -mod=vendor checks before it builds anything, in a single-module tree:
 * modload.checkVendorConsistency as go 1.14 to 1.21 run it (go 1.22 dropped the check that a
 * module line's replacement is the one go.mod applies to that version, which misses a line
 * disagreeing with a replace of every version; the distro's go may well be older) and, for a go.mod at go 1.17 or later, the pruned-graph check of Requirements.initVendor.
 * Both are keyed on go.mod's go directive: before 1.14 modules.txt carried no annotations, so
 * only contradictions count; a missing directive counts as before 1.14 here and as 1.16 for pruning.
 */
final class CmdGoVendorCheck {
    private static final Pattern LANGUAGE_VERSION = Pattern.compile("([0-9]+)\\.([0-9]+).*");

    private final GoModFile goMod;
    private final ModulesTxt vendor;
    private final boolean pre114;
    private final Map<ModuleVersion, ModuleVersion> replacements = new HashMap<>();
    private final List<Inconsistency> found = new ArrayList<>();

    private CmdGoVendorCheck(GoModFile goMod, ModulesTxt vendor) {
        this.goMod = goMod;
        this.vendor = vendor;
        this.pre114 = !atLeast(goMod.goVersion(), 14);
        for (GoReplace r : goMod.replaces()) {
            replacements.put(ModuleVersion.of(r.oldPath(), r.oldVersion()), ModuleVersion.of(r.newPath(), r.newVersion()));
        }
    }

    static List<Inconsistency> check(GoModFile goMod, ModulesTxt vendor) {
        CmdGoVendorCheck check = new CmdGoVendorCheck(goMod, vendor);
        check.requirementsMarkedExplicit();
        check.replacementsRecorded();
        check.explicitMarksRequired();
        check.recordedReplacementsInGoMod();
        if (atLeast(goMod.goVersion(), 17)) {
            check.vendoredModulesAreRoots();
        }
        return check.found;
    }

    /** gover.Compare(v, "1.N") >= 0 for a go directive modfile accepted; null is older than all. */
    static boolean atLeast(String goVersion, int minor) {
        Matcher m = goVersion == null ? null : LANGUAGE_VERSION.matcher(goVersion);
        if (m == null || !m.matches()) {
            return false;
        }
        int major = Integer.parseInt(m.group(1));
        return major > 1 || major == 1 && Integer.parseInt(m.group(2)) >= minor;
    }

    private void requirementsMarkedExplicit() {
        for (GoRequire r : goMod.requires()) {
            ModuleVersion required = new ModuleVersion(r.path(), r.version());
            if (vendor.meta(required).explicit()) {
                continue;
            }
            if (!pre114) {
                report(required, "is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt");
            } else {
                // without annotations, only packages vendored from another version contradict go.mod
                String vendored = vendor.vendorVersion().get(r.path());
                if (vendored != null && !vendored.equals(r.version())) {
                    report(required, "is explicitly required in go.mod, but vendor/modules.txt indicates " + r.path() + "@" + vendored);
                }
            }
        }
    }

    /** Every replacement, even one no vendored module uses: it can change the versions selected. */
    private void replacementsRecorded() {
        Set<ModuleVersion> seen = new HashSet<>();
        for (GoReplace r : goMod.replaces()) {
            ModuleVersion old = ModuleVersion.of(r.oldPath(), r.oldVersion());
            ModuleVersion target = replacement(old);
            if (!seen.add(old) || target == null) {
                continue;
            }
            ModuleVersion recorded = vendor.meta(old).replacement();
            if (recorded == null) {
                // before 1.14, modules.txt left out wildcard replacements and those of unvendored modules
                if (!pre114 || !old.version().isEmpty() && old.version().equals(vendor.vendorVersion().get(old.path()))) {
                    report(old, "is replaced in go.mod, but not marked as replaced in vendor/modules.txt");
                }
            } else if (!recorded.equals(target)) {
                report(old, "is replaced by " + target + " in go.mod, but marked as replaced by " + recorded + " in vendor/modules.txt");
            }
        }
    }

    private void explicitMarksRequired() {
        Set<ModuleVersion> required = new HashSet<>();
        for (GoRequire r : goMod.requires()) {
            required.add(new ModuleVersion(r.path(), r.version()));
        }
        for (ModuleVersion m : vendor.vendorList()) {
            if (vendor.meta(m).explicit() && !required.contains(m)) {
                report(m, "is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod");
            }
        }
    }

    private void recordedReplacementsInGoMod() {
        for (ModuleVersion m : vendor.vendorReplaced()) {
            ModuleVersion target = replacement(m);
            ModuleVersion recorded = vendor.meta(m).replacement();
            if (target == null) {
                report(m, "is marked as replaced in vendor/modules.txt, but not replaced in go.mod");
            } else if (!target.equals(recorded)) {
                report(m, "is marked as replaced by " + recorded + " in vendor/modules.txt, but replaced by " + target + " in go.mod");
            }
        }
    }

    /** With graph pruning, go.mod's requirements are the whole build list vendor mode may use. */
    private void vendoredModulesAreRoots() {
        Set<String> excluded = new HashSet<>();
        for (GoExclude e : goMod.excludes()) {
            excluded.add(e.path() + "@" + e.version());
        }
        Map<String, String> maxRequired = new HashMap<>();
        for (GoRequire r : goMod.requires()) {
            if (!excluded.contains(r.path() + "@" + r.version())) {
                maxRequired.merge(r.path(), r.version(), (a, b) -> GoSemver.compare(a, b) >= 0 ? a : b);
            }
        }
        for (ModuleVersion m : vendor.vendorList()) {
            String selected = m.path().equals(goMod.module()) ? "" : maxRequired.get(m.path());
            if (!m.version().equals(selected)) {
                found.add(new Inconsistency(Inconsistency.Source.CMD_GO,
                        "vendored module " + m + " should be required explicitly in go.mod"));
            }
        }
    }

    /** modload.Replacement: the replace for exactly this version, else for every version; never the main module's own. */
    private ModuleVersion replacement(ModuleVersion m) {
        if (m.version().isEmpty() && m.path().equals(goMod.module())) {
            return null;
        }
        ModuleVersion exact = replacements.get(m);
        return exact != null ? exact : replacements.get(new ModuleVersion(m.path(), ""));
    }

    private void report(ModuleVersion m, String detail) {
        found.add(new Inconsistency(Inconsistency.Source.CMD_GO, m + ": " + detail));
    }
}
