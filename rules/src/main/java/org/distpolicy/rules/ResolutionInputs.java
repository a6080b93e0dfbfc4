package org.distpolicy.rules;

import java.util.Optional;
import org.distpolicy.cargo.cfg.TargetSpec;
import org.distpolicy.cargo.resolve.CargoResolution;
import org.distpolicy.cargo.resolve.CrateGraphBuilder;
import org.distpolicy.cargo.resolve.CrateInput;
import org.distpolicy.facts.CrateFacts;
import org.distpolicy.facts.GoModuleFacts;
import org.distpolicy.facts.PackageFacts;
import org.distpolicy.goresolve.GoModuleInput;
import org.distpolicy.goresolve.GoResolution;
import org.distpolicy.gosrc.GoBuildContext;
import org.distpolicy.resolve.Resolution;
import org.distpolicy.resolve.ResolutionInput;

/** Turns each package's facts into its share of the archive-wide resolution, for the distro's profile. */
public final class ResolutionInputs {
    private final DistroProfile profile;
    private final CrateGraphBuilder crates;
    private final GoBuildContext goBuild;

    public ResolutionInputs(DistroProfile profile) {
        this.profile = profile;
        this.crates = new CrateGraphBuilder(profile.targets().stream().map(t -> TargetSpec.lookup(t).orElseThrow()).toList());
        this.goBuild = profile.goBuild();
    }

    /**
     * Empty for a crate without a version to resolve against (an unversioned crate directory). A
     * Go source tree without one takes part: what its packages import matters all the same.
     */
    public Optional<ResolutionInput> of(PackageFacts facts) {
        if (facts instanceof CrateFacts crate) {
            return crate.version() == null ? Optional.empty() : Optional.of(CrateInput.of(crate, crates, profile.rustc()));
        }
        if (facts instanceof GoModuleFacts module) {
            return Optional.of(GoModuleInput.of(module, goBuild));
        }
        // A link provides what its target does: the archive-wide join lends it (GoModuleInput.linked).
        return Optional.empty();
    }

    /** The ecosystem's version matching and findings. */
    public static Resolution resolutionOf(Ecosystem ecosystem) {
        return switch (ecosystem) {
            case CARGO -> CargoResolution.INSTANCE;
            case GO -> GoResolution.INSTANCE;
        };
    }
}
