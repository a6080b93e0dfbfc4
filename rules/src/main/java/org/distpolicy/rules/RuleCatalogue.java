package org.distpolicy.rules;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.distpolicy.rules.artifact.ArtifactBadManifest;
import org.distpolicy.rules.artifact.ArtifactCheckFailed;
import org.distpolicy.rules.artifact.ArtifactLimitExceeded;
import org.distpolicy.rules.artifact.ArtifactUnreadable;
import org.distpolicy.rules.artifact.ArtifactUnrecognized;
import org.distpolicy.rules.artifact.ArtifactUnsafeEntry;
import org.distpolicy.rules.cargo.CargoBrokenTransitively;
import org.distpolicy.rules.cargo.CargoBundledCrate;
import org.distpolicy.rules.cargo.CargoBundledNativeLibrary;
import org.distpolicy.rules.cargo.CargoDevDependencyUnsatisfiable;
import org.distpolicy.rules.cargo.CargoForeignRegistry;
import org.distpolicy.rules.cargo.CargoGitDependency;
import org.distpolicy.rules.cargo.CargoMissingCrate;
import org.distpolicy.rules.cargo.CargoMissingDependencyFeature;
import org.distpolicy.rules.cargo.CargoNestedPackage;
import org.distpolicy.rules.cargo.CargoPatchSection;
import org.distpolicy.rules.cargo.CargoPathDependency;
import org.distpolicy.rules.cargo.CargoResolutionConflict;
import org.distpolicy.rules.cargo.CargoRustVersionTooNew;
import org.distpolicy.rules.cargo.CargoUndefinedFeature;
import org.distpolicy.rules.cargo.CargoUnnormalizedManifest;
import org.distpolicy.rules.cargo.CargoUnsatisfiableVersion;
import org.distpolicy.rules.copy.CopyPackagedCode;
import org.distpolicy.rules.go.GoBrokenTransitively;
import org.distpolicy.rules.go.GoInconsistentVendoring;
import org.distpolicy.rules.go.GoLocalReplace;
import org.distpolicy.rules.go.GoMissingModule;
import org.distpolicy.rules.go.GoMissingPackage;
import org.distpolicy.rules.go.GoModuleTooOld;
import org.distpolicy.rules.go.GoReplaceToFork;
import org.distpolicy.rules.go.GoVendoredDependencies;
import org.distpolicy.rules.go.GoVersionTooNew;
import org.distpolicy.rules.policy.PolicyExpiredWaiver;

/** Every rule distpolicy ships, in catalogue order. */
public final class RuleCatalogue {
    private static final List<CrateRule> CRATE_RULES = List.of(
            CargoPathDependency.INSTANCE,
            CargoGitDependency.INSTANCE,
            CargoForeignRegistry.INSTANCE,
            CargoPatchSection.INSTANCE,
            CargoUnnormalizedManifest.INSTANCE,
            CargoNestedPackage.INSTANCE,
            CargoBundledCrate.INSTANCE,
            CargoBundledNativeLibrary.INSTANCE);
    private static final List<GoModuleRule> GO_MODULE_RULES = List.of(
            GoLocalReplace.INSTANCE,
            GoReplaceToFork.INSTANCE,
            GoVendoredDependencies.INSTANCE,
            GoInconsistentVendoring.INSTANCE);
    /** Rules the archive-wide resolution reports (org.distpolicy.cargo.resolve, org.distpolicy.goresolve). */
    private static final List<Rule> RESOLUTION_RULES = List.of(
            CargoUndefinedFeature.INSTANCE,
            CargoMissingCrate.INSTANCE,
            CargoUnsatisfiableVersion.INSTANCE,
            CargoMissingDependencyFeature.INSTANCE,
            CargoBrokenTransitively.INSTANCE,
            CargoDevDependencyUnsatisfiable.INSTANCE,
            CargoRustVersionTooNew.INSTANCE,
            CargoResolutionConflict.INSTANCE,
            GoMissingModule.INSTANCE,
            GoModuleTooOld.INSTANCE,
            GoMissingPackage.INSTANCE,
            GoBrokenTransitively.INSTANCE,
            GoVersionTooNew.INSTANCE);
    private static final List<Rule> ALL = Stream.<Stream<? extends Rule>>of(
            Stream.of(
                    ArtifactUnreadable.INSTANCE,
                    ArtifactUnsafeEntry.INSTANCE,
                    ArtifactLimitExceeded.INSTANCE,
                    ArtifactBadManifest.INSTANCE,
                    ArtifactUnrecognized.INSTANCE,
                    ArtifactCheckFailed.INSTANCE),
            RESOLUTION_RULES.stream(),
            CRATE_RULES.stream(),
            GO_MODULE_RULES.stream(),
            Stream.of(CopyPackagedCode.INSTANCE),
            Stream.of(PolicyExpiredWaiver.INSTANCE)).<Rule>flatMap(s -> s).toList();

    private RuleCatalogue() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static List<CrateRule> crateRules() {
        return CRATE_RULES;
    }

    public static List<GoModuleRule> goModuleRules() {
        return GO_MODULE_RULES;
    }

    public static Optional<Rule> find(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
