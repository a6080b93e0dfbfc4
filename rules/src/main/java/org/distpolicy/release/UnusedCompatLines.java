package org.distpolicy.release;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.distpolicy.cargo.semver.CargoVersion;
import org.distpolicy.rules.Ecosystem;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.archive.ArchiveUnusedCompatVersion;

/**
 * The older semver lines of one crate that no other package requires: {@code archive/unused-compat-version}.
 * A line counts as required when any requirement of another crate (normal, build, dev, weak,
 * for any target) is met by one of its versions; the newest line is never reported.
 */
public final class UnusedCompatLines {
    private UnusedCompatLines() {
    }

    /**
     * @param archived          the crate's archived versions and the artifact of each
     * @param requiredVersions  those of its versions some requirement of another crate is met by
     */
    public static List<Finding> of(String crate, Map<String, String> archived, Set<String> requiredVersions) {
        // Each line's versions, parsed, with their text as archived.
        Map<String, TreeMap<CargoVersion, String>> byLine = new TreeMap<>();
        for (String version : archived.keySet()) {
            CargoVersion.tryParse(version).ifPresent(v -> byLine.computeIfAbsent(CargoVersion.compatibilityLine(v), k -> new TreeMap<>()).put(v, version));
        }
        Optional<CargoVersion> newest = byLine.values().stream().map(TreeMap::lastKey).max(Comparator.naturalOrder());
        if (newest.isEmpty() || byLine.size() < 2) {
            return List.of();
        }
        String newestLine = CargoVersion.compatibilityLine(newest.get());
        List<Finding> findings = new ArrayList<>();
        byLine.forEach((line, versions) -> {
            if (line.equals(newestLine) || versions.values().stream().anyMatch(requiredVersions::contains)) {
                return;
            }
            String latest = versions.lastEntry().getValue();
            findings.add(Finding.of(ArchiveUnusedCompatVersion.INSTANCE, Ecosystem.CARGO, crate, latest, line,
                    crate + " " + String.join(", ", versions.values()) + " (line " + line
                            + ") is required by no other archived package; the newest line is " + newestLine
                            + " (" + crate + " " + byLine.get(newestLine).lastEntry().getValue() + "): the old line can be retired",
                    archived.get(latest), line));
        });
        return findings;
    }
}
