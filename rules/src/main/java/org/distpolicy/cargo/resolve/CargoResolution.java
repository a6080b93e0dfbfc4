package org.distpolicy.cargo.resolve;

import java.util.List;
import org.distpolicy.resolve.BrokenCause;
import org.distpolicy.resolve.ProvidedVersion;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.resolve.Resolution;
import org.distpolicy.resolve.Verdict;
import org.distpolicy.rules.Finding;

/** Cargo's part of the generic resolution: cargo's semver matching and Cargo's findings. */
public final class CargoResolution implements Resolution {
    public static final CargoResolution INSTANCE = new CargoResolution();

    private CargoResolution() {
    }

    @Override
    public Verdict judge(Requirement requirement, List<ProvidedVersion> archived) {
        return RequirementMatcher.judge(requirement, archived);
    }

    @Override
    public String sameProblem(Requirement requirement, Verdict verdict) {
        return ResolutionFindings.sameProblem(requirement, verdict);
    }

    @Override
    public Requirement representative(Requirement a, Requirement b) {
        return ResolutionFindings.representative(a, b);
    }

    @Override
    public Finding unmet(Requirement requirement, Verdict verdict) {
        return ResolutionFindings.unmet(requirement, verdict);
    }

    @Override
    public BrokenCause cause(Requirement requirement, Verdict verdict) {
        return ResolutionFindings.cause(requirement, verdict);
    }

    @Override
    public String wantedKey(Requirement requirement, Verdict verdict) {
        return ResolutionFindings.wantedKey(requirement, verdict);
    }

    @Override
    public Finding brokenTransitively(Requirement via, BrokenCause cause) {
        return ResolutionFindings.brokenTransitively(via, cause);
    }
}
