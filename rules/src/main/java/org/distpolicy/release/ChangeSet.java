package org.distpolicy.release;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.distpolicy.rules.Ecosystem;
import org.distpolicy.rules.Finding;

/**
 * A candidate overlaid on a baseline: what it adds, updates and removes, and which change a
 * finding is down to. A candidate crate version replaces the baseline's versions of that crate
 * on its semver-compatible line (serde 1.0.210 replaces 1.0.200; serde 2.0.0 is added beside
 * the 1.x line); a candidate Go module version replaces every baseline version of its module
 * path (a new major version has a path of its own). A removal names a package (every version)
 * or one version.
 */
public final class ChangeSet implements Serializable {
    public enum Kind {
        ADDED,
        UPDATED,
        REMOVED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @param replaced for an update, the baseline versions it replaces; for a removal, the removed version */
    public record Change(Kind kind, PackageVersion pkg, List<String> replaced) implements Serializable {
        /** "added foo@1.0.0", "updated foo@1.0.1 (was 1.0.0)", "removed serde@1.0.200": what blame says. */
        public String describe() {
            return switch (kind) {
                case ADDED -> "added " + pkg.id();
                case UPDATED -> "updated " + pkg.id() + " (was " + String.join(", ", replaced) + ")";
                case REMOVED -> "removed " + pkg.id();
            };
        }

        boolean touches(Ecosystem ecosystem, String name, String version) {
            return pkg.ecosystem() == ecosystem && pkg.name().equals(name)
                    && (pkg.version().equals(version) || kind != Kind.ADDED && replaced.contains(version));
        }

        /** The change is to the package a capability or root cause names (a Go package path names its module's). */
        boolean names(Ecosystem ecosystem, String name) {
            return pkg.ecosystem() == ecosystem
                    && (pkg.name().equals(name) || ecosystem == Ecosystem.GO && name.startsWith(pkg.name() + "/"));
        }
    }

    /** The toolchain a what-if judges the candidate with; null fields are unchanged. */
    public record WhatIf(String rustc, String go) implements Serializable {
        public static final WhatIf NONE = new WhatIf(null, null);
    }

    private static final Pattern CAPABILITY = Pattern.compile("\\b(crate|gomod|golang)\\(([^)\\s]+)\\)");

    private final List<Change> changes;
    private final Set<PackageVersion> dropped;

    private ChangeSet(List<Change> changes, Set<PackageVersion> dropped) {
        this.changes = List.copyOf(changes);
        this.dropped = Set.copyOf(dropped);
    }

    /**
     * @throws IllegalArgumentException when a removal matches no baseline package
     */
    public static ChangeSet of(Collection<PackageVersion> baseline, Collection<PackageVersion> candidate, List<PackageSelector> removals) {
        List<Change> changes = new ArrayList<>();
        Set<PackageVersion> dropped = new LinkedHashSet<>();
        Map<String, List<PackageVersion>> baselineByName = new HashMap<>();
        baseline.forEach(p -> baselineByName.computeIfAbsent(p.ecosystem() + " " + p.name(), k -> new ArrayList<>()).add(p));
        for (PackageVersion pkg : new TreeSet<>(candidate)) {
            List<PackageVersion> replaced = baselineByName.getOrDefault(pkg.ecosystem() + " " + pkg.name(), List.of()).stream()
                    .filter(old -> pkg.ecosystem() == Ecosystem.GO || old.line().equals(pkg.line()))
                    .sorted().toList();
            dropped.addAll(replaced);
            changes.add(replaced.isEmpty() ? new Change(Kind.ADDED, pkg, List.of())
                    : new Change(Kind.UPDATED, pkg, replaced.stream().map(PackageVersion::version).toList()));
        }
        for (PackageSelector removal : removals) {
            List<PackageVersion> matched = baseline.stream().filter(removal::matches).sorted().toList();
            if (matched.isEmpty()) {
                throw new IllegalArgumentException("removal " + removal + " matches no package of the baseline");
            }
            for (PackageVersion pkg : matched) {
                if (dropped.add(pkg)) {
                    changes.add(new Change(Kind.REMOVED, pkg, List.of(pkg.version())));
                }
            }
        }
        return new ChangeSet(changes, dropped);
    }

    public List<Change> changes() {
        return changes;
    }

    /** Whether a baseline package stays in the candidate archive (neither replaced nor removed). */
    public boolean keeps(PackageVersion baselinePackage) {
        return !dropped.contains(baselinePackage);
    }

    /**
     * The change a new finding is down to, as {@link Change#describe()} says it: a change to the
     * finding's own package version first; then a change to a package its root cause or its
     * requirements name (of several changes to one package, what took versions away: a removal,
     * then an update, then an addition); then the what-if toolchain for a toolchain rule, and a Go what-if
     * for any other Go finding no change explains. Empty when none explains it.
     */
    public Optional<String> blame(Finding finding, WhatIf whatIf) {
        return explain(finding, whatIf, List.of(Kind.REMOVED, Kind.UPDATED, Kind.ADDED));
    }

    /** The change a fixed finding is credited to: as {@link #blame}, preferring what brought versions in (an update, an addition, a removal). */
    public Optional<String> credit(Finding finding, WhatIf whatIf) {
        return explain(finding, whatIf, List.of(Kind.UPDATED, Kind.ADDED, Kind.REMOVED));
    }

    private Optional<String> explain(Finding finding, WhatIf whatIf, List<Kind> preference) {
        List<Change> ordered = changes.stream().sorted(Comparator.comparingInt(c -> preference.indexOf(c.kind()))).toList();
        if (finding.packageName() != null) {
            String version = finding.version() == null ? "" : finding.version();
            for (Change change : ordered) {
                if (change.touches(finding.ecosystem(), finding.packageName(), version)) {
                    return Optional.of(change.describe());
                }
            }
        }
        for (String name : namedPackages(finding)) {
            for (Change change : ordered) {
                if (change.names(finding.ecosystem(), name)) {
                    return Optional.of(change.describe());
                }
            }
        }
        String text = finding.rule() + " " + finding.problemKey() + " " + finding.message();
        if (whatIf.rustc() != null && text.contains("cargo/rust-version-too-new")) {
            return Optional.of("rustc " + whatIf.rustc() + " (what-if)");
        }
        if (whatIf.go() != null && text.contains("go/go-version-too-new")) {
            return Optional.of("go " + whatIf.go() + " (what-if)");
        }
        if (whatIf.go() != null && finding.ecosystem() == Ecosystem.GO) {
            // The Go release also decides which files build (go1.N tags) and what the standard library holds.
            return Optional.of("go " + whatIf.go() + " (what-if: build tags and standard library)");
        }
        return Optional.empty();
    }

    /**
     * The packages a finding names, root cause first: the root of a transitive breakage, then
     * every capability its problem key and message name (the missing requirement, the chain,
     * the root's own problem), then a Go finding's subject (a module or package path).
     */
    static List<String> namedPackages(Finding finding) {
        Set<String> names = new LinkedHashSet<>();
        String key = finding.problemKey() == null ? "" : finding.problemKey();
        int arrow = key.indexOf(" <- ");
        if (arrow >= 0) {
            names.add(key.substring(arrow + 4).split(" ", 2)[0]);
        }
        for (String text : List.of(key, finding.message())) {
            Matcher m = CAPABILITY.matcher(text);
            while (m.find()) {
                String name = m.group(2);
                names.add(m.group(1).equals("crate") && name.contains("/") ? name.substring(0, name.indexOf('/')) : name);
            }
        }
        if (finding.ecosystem() == Ecosystem.GO && finding.subject() != null) {
            names.add(finding.subject());
        }
        return List.copyOf(names);
    }

    /** Changes by kind, for the verdict's summary. */
    public Map<Kind, List<Change>> byKind() {
        Map<Kind, List<Change>> byKind = new TreeMap<>();
        changes.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
        return byKind;
    }
}
