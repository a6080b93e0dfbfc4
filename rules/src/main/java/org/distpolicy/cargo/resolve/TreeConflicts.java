package org.distpolicy.cargo.resolve;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.distpolicy.cargo.semver.CargoVersion;
import org.distpolicy.cargo.semver.SemverException;
import org.distpolicy.cargo.semver.VersionReq;
import org.distpolicy.resolve.ProvidedVersion;

/**
 * What cargo cannot build in one dependency tree although every requirement is satisfiable on
 * its own: two requirements on one semver-compatible line that no single version meets (cargo
 * picks one version per line for a whole build), and two packages declaring the same
 * {@code links} native library.
 */
public final class TreeConflicts {
    private TreeConflicts() {
    }

    /** A requirement met inside one tree, and the version it was resolved to. */
    public record Reached(String versionReq, String chosenVersion) implements Serializable {
    }

    /** The version cargo prefers among the matching ones: the newest. */
    public static String newest(Collection<String> versions) {
        return versions.stream()
                .max((a, b) -> CargoVersion.tryParse(a).orElseThrow().compareTo(CargoVersion.tryParse(b).orElseThrow()))
                .orElseThrow();
    }

    /** For one crate within one tree: why no single archived version fits each line its requirements landed on. */
    public static List<String> lineConflicts(String crate, Collection<Reached> reached, List<ProvidedVersion> archived) {
        Map<String, Set<String>> reqsByLine = new TreeMap<>();
        for (Reached r : reached) {
            reqsByLine.computeIfAbsent(line(r), l -> new HashSet<>()).add(r.versionReq());
        }
        List<String> conflicts = new ArrayList<>();
        reqsByLine.forEach((line, reqs) -> check(crate, line, reqs, archived).ifPresent(conflicts::add));
        return conflicts;
    }

    /**
     * The requirements on one crate that every line conflict on it needs one of, in any tree: on
     * each line whose requirements across the archive no single archived version meets, those
     * whose archived matches are neither all of the line's versions nor exactly those of the
     * line's most frequent such requirements. A tree holding none of them meets, on that line,
     * only requirements that the most frequent ones' matches all meet, so it cannot conflict
     * there; and on a line without an archive-wide conflict no tree conflicts.
     *
     * @param counted every requirement on the crate met across the archive, with how often it occurs
     */
    public static Set<String> conflictWitnesses(String crate, Map<Reached, Long> counted, List<ProvidedVersion> archived) {
        Map<String, Map<Reached, Long>> byLine = new TreeMap<>();
        counted.forEach((reached, count) -> byLine.computeIfAbsent(line(reached), l -> new HashMap<>()).put(reached, count));
        Set<String> witnesses = new TreeSet<>();
        byLine.forEach((line, onLine) -> {
            Set<String> reqs = new TreeSet<>();
            onLine.keySet().forEach(r -> reqs.add(r.versionReq()));
            if (check(crate, line, reqs, archived).isEmpty()) {
                return;
            }
            Set<CargoVersion> versions = new HashSet<>();
            archived.forEach(p -> CargoVersion.tryParse(p.version()).filter(v -> CargoVersion.compatibilityLine(v).equals(line))
                    .ifPresent(versions::add));
            // Requirements matching every version of the line never empty an intersection; none can be the common ones.
            Map<String, Set<CargoVersion>> narrowing = new TreeMap<>();
            Map<Set<CargoVersion>, Long> frequency = new HashMap<>();
            onLine.forEach((reached, count) -> {
                Set<CargoVersion> matches = new HashSet<>();
                versions.stream().filter(v -> matches(reached.versionReq(), v)).forEach(matches::add);
                if (matches.size() < versions.size()) {
                    narrowing.put(reached.versionReq(), matches);
                    frequency.merge(matches, count, Long::sum);
                }
            });
            // Among equally frequent matches any choice keeps the witnesses complete; the first is taken.
            Optional<Set<CargoVersion>> common = narrowing.values().stream().filter(m -> !m.isEmpty())
                    .max(Comparator.comparingLong(frequency::get));
            narrowing.forEach((req, matches) -> {
                if (common.isEmpty() || !matches.equals(common.get())) {
                    witnesses.add(req);
                }
            });
        });
        return witnesses;
    }

    /**
     * @param line         the compatibility line the requirements were resolved to ("1", "0.3")
     * @param requirements the version requirements on that line within one build
     * @return why no archived version of the line meets them all, or empty when one does
     */
    static Optional<String> check(String crate, String line, Collection<String> requirements, List<ProvidedVersion> archived) {
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

    /**
     * For one tree: each native library that two different packages declare.
     *
     * @param packagesByLinks links value → the packages ("name version") of the tree that declare it
     */
    public static List<String> linkConflicts(Map<String, ? extends Collection<String>> packagesByLinks) {
        List<String> conflicts = new ArrayList<>();
        new TreeMap<>(packagesByLinks).forEach((lib, packages) -> {
            Set<String> distinct = new TreeSet<>(packages);
            if (distinct.size() > 1) {
                conflicts.add("packages " + String.join(", ", distinct) + " all declare links = \"" + lib + "\"");
            }
        });
        return conflicts;
    }

    private static String line(Reached reached) {
        return CargoVersion.compatibilityLine(CargoVersion.tryParse(reached.chosenVersion()).orElseThrow());
    }

    private static boolean matches(String req, CargoVersion version) {
        try {
            return VersionReq.parse(req).matches(version);
        } catch (SemverException e) {
            return false;
        }
    }
}
