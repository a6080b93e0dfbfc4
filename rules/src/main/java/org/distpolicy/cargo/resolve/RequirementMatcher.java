package org.distpolicy.cargo.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.distpolicy.cargo.semver.CargoVersion;
import org.distpolicy.cargo.semver.SemverException;
import org.distpolicy.cargo.semver.VersionReq;
import org.distpolicy.resolve.ProvidedVersion;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.resolve.Verdict;

/** Judges one requirement against the archived versions of the crate it names, with cargo's semver rules. */
public final class RequirementMatcher {
    private RequirementMatcher() {
    }

    public static Verdict judge(Requirement requirement, List<ProvidedVersion> archived) {
        if (archived.isEmpty()) {
            return new Verdict(Verdict.Status.MISSING, List.of(), "no version of " + requirement.required().name() + " is archived");
        }
        VersionReq req;
        try {
            req = VersionReq.parse(requirement.versionReq());
        } catch (SemverException e) {
            return new Verdict(Verdict.Status.NO_MATCHING_VERSION, List.of(),
                    "invalid version requirement \"" + requirement.versionReq() + "\": " + e.getMessage());
        }
        List<ProvidedVersion> matching = new ArrayList<>();
        for (ProvidedVersion candidate : archived) {
            Optional<CargoVersion> version = CargoVersion.tryParse(candidate.version());
            if (version.isPresent() && req.matches(version.get())) {
                matching.add(candidate);
            }
        }
        if (matching.isEmpty()) {
            return new Verdict(Verdict.Status.NO_MATCHING_VERSION, List.of(), "archived: " + versions(archived));
        }
        String feature = requirement.required().feature();
        List<String> satisfiers = matching.stream()
                .filter(v -> feature == null || v.features().contains(feature))
                .map(requirement::satisfierNode)
                .toList();
        if (satisfiers.isEmpty()) {
            return new Verdict(Verdict.Status.MISSING_FEATURE, List.of(),
                    "matching versions " + versions(matching) + " do not define feature " + feature);
        }
        return new Verdict(Verdict.Status.SATISFIED, satisfiers, null);
    }

    private static String versions(List<ProvidedVersion> versions) {
        return String.join(", ", versions.stream().map(ProvidedVersion::version)
                .sorted(Comparator.comparing((String v) -> CargoVersion.tryParse(v).orElse(null),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList());
    }
}
