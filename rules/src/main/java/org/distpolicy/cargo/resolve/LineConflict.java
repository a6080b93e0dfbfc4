package org.distpolicy.cargo.resolve;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.distpolicy.cargo.semver.CargoVersion;
import org.distpolicy.cargo.semver.SemverException;
import org.distpolicy.cargo.semver.VersionReq;

/**
 * cargo's one-version-per-line rule: within one build, all requirements that land on the same
 * semver-compatible line of a crate must be met by a single version of that line.
 */
public final class LineConflict {
    private LineConflict() {
    }

    /**
     * @param line         the compatibility line the requirements were resolved to ("1", "0.3")
     * @param requirements the version requirements on that line within one build
     * @return why no archived version of the line meets them all, or empty when one does
     */
    public static Optional<String> check(String crate, String line, Collection<String> requirements, List<ProvidedVersion> archived) {
        TreeSet<String> reqs = new TreeSet<>(requirements);
        if (reqs.size() < 2) {
            return Optional.empty();
        }
        for (ProvidedVersion candidate : archived) {
            Optional<CargoVersion> version = CargoVersion.tryParse(candidate.version());
            if (version.isPresent() && CargoVersion.compatibilityLine(version.get()).equals(line)
                    && reqs.stream().allMatch(req -> matches(req, version.get()))) {
                return Optional.empty();
            }
        }
        return Optional.of("no single archived version of " + crate + " " + line + ".x satisfies all of "
                + String.join(", ", reqs));
    }

    private static boolean matches(String req, CargoVersion version) {
        try {
            return VersionReq.parse(req).matches(version);
        } catch (SemverException e) {
            return false;
        }
    }
}
