package org.distpolicy.rules;

import java.util.List;
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
import org.distpolicy.resolve.Provide;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.resolve.Resolution;
import org.distpolicy.resolve.ResolutionInput;
import org.distpolicy.resolve.Seed;
import org.distpolicy.rules.artifact.ArtifactCheckFailed;

/** Turns each package's facts into its share of the archive-wide resolution, for the distro's profile. */
public final class ResolutionInputs {
    /** What {@code artifact/check-failed} names when a package's share of the resolution cannot be built. */
    static final String RESOLUTION_CHECK = "resolution";

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
        try {
            return build(facts);
        } catch (RuntimeException e) {
            return Optional.of(new FailedInput(ArtifactCheckFailed.INSTANCE.finding(facts, RESOLUTION_CHECK, e)));
        }
    }

    private Optional<ResolutionInput> build(PackageFacts facts) {
        if (facts instanceof CrateFacts crate) {
            return crate.version() == null ? Optional.empty() : Optional.of(CrateInput.of(crate, crates, profile.rustc()));
        }
        if (facts instanceof GoModuleFacts module) {
            return Optional.of(GoModuleInput.of(module, goBuild));
        }
        // A link provides what its target does: the archive-wide join lends it (GoModuleInput.linked).
        return Optional.empty();
    }

    /** A package whose input could not be built: it takes part with its finding and nothing else. */
    private record FailedInput(Finding failure) implements ResolutionInput {
        @Override
        public List<Provide> provides() {
            return List.of();
        }

        @Override
        public List<Requirement> requirements() {
            return List.of();
        }

        @Override
        public List<Finding> findings() {
            return List.of(failure);
        }

        @Override
        public List<Seed> seeds() {
            return List.of();
        }
    }

    /** The ecosystem's version matching and findings. */
    public static Resolution resolutionOf(Ecosystem ecosystem) {
        return switch (ecosystem) {
            case CARGO -> CargoResolution.INSTANCE;
            case GO -> GoResolution.INSTANCE;
        };
    }
}
