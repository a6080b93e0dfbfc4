package org.distpolicy.datasets.synthetic;

import static org.distpolicy.datasets.Entry.file;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.distpolicy.datasets.Entry;
import org.distpolicy.datasets.PackageWriter;

/**
 * The crates of a generated archive: a dependency DAG (each crate depends only on crates
 * generated before it, picked with power-law popularity), several semver lines for popular
 * crates, features, optional and renamed dependencies, target tables, build and dev
 * dependencies, and at a given rate one injected problem per crate version. It derives the
 * findings the archive must produce from its own model: the capability graph cargo's rules
 * imply (base, default and every feature of each version), what each requirement matches, and
 * what breaks transitively.
 */
final class SyntheticCrates {
    private static final String[] WORDS = {"serde", "tokio", "rand", "regex", "log", "clap", "bytes", "hyper", "nom", "itoa",
        "memchr", "time", "url", "uuid", "sha", "base", "glob", "toml", "json", "ring", "mio", "slab", "smallvec", "either", "bitflags",
        "chrono", "futures", "tracing", "anyhow", "thiserror", "once", "lazy", "cfg", "libm", "heck", "syn", "quote", "proc"};
    private static final String[] FEATURE_WORDS = {"alloc", "serde", "derive", "rayon", "simd", "unicode", "tracing", "async", "nightly",
        "full", "macros", "parsing"};
    private static final String NO_SUCH_FEATURE = "no-such-feature";

    enum Problem {
        MISSING_CRATE, OPTIONAL_MISSING, UNSATISFIABLE_VERSION, MISSING_DEPENDENCY_FEATURE, UNDEFINED_FEATURE, RUST_VERSION_TOO_NEW,
        PATH_DEPENDENCY, GIT_DEPENDENCY, FOREIGN_REGISTRY, PATCH_SECTION, BUNDLED_CRATE, DEV_DEPENDENCY_UNSATISFIABLE, FOREIGN_TARGET_MISSING
    }

    enum Kind { NORMAL, BUILD, DEV }

    /** One dependency as the shipped manifest writes it; {@code crate} is the real crate, {@code alias} the table key. */
    record Dependency(String alias, String crate, String req, Kind kind, String target, boolean optional, boolean defaultFeatures,
                      List<String> features, String source) {
        boolean hard() {
            return kind != Kind.DEV && !"cfg(windows)".equals(target);
        }
    }

    /** One crate version: its manifest's content and the problem injected into it, if any. */
    record CrateVersion(String name, String version, int major, int minor, List<Dependency> dependencies,
                        Map<String, List<String>> features, String rustVersion, Problem problem, String patched) {
        /** Features a dependent can ask for: default, the declared ones and the implicit ones of optional dependencies. */
        Set<String> provided() {
            Set<String> provided = new LinkedHashSet<>(features.keySet());
            provided.add("default");
            provided.addAll(implicitFeatures());
            return provided;
        }

        List<String> implicitFeatures() {
            Set<String> namespaced = new HashSet<>();
            features.values().forEach(entries -> entries.stream().filter(e -> e.startsWith("dep:")).forEach(e -> namespaced.add(e.substring(4))));
            return dependencies.stream().filter(Dependency::optional).map(Dependency::alias)
                    .filter(a -> !namespaced.contains(a) && !features.containsKey(a)).distinct().toList();
        }

        /** The requirement a dependent writes for this version: caret on its line. */
        String caret(SplittableRandom random) {
            return major == 0 ? "0." + minor : major + "." + random.nextInt(minor + 1);
        }

        Dependency dependency(String alias) {
            return dependencies.stream().filter(d -> d.alias().equals(alias)).findFirst().orElseThrow();
        }
    }

    private final List<List<CrateVersion>> crates = new ArrayList<>();
    private final Map<String, List<CrateVersion>> byName = new LinkedHashMap<>();
    private final SplittableRandom random;
    private final double problemRate;
    private int problems;

    SyntheticCrates(int count, long seed, double problemRate) {
        this.random = new SplittableRandom(seed);
        this.problemRate = problemRate;
        for (int i = 0; i < count; i++) {
            List<CrateVersion> versions = new ArrayList<>();
            String name = WORDS[i % WORDS.length] + "-" + i;
            int lines = i < Math.max(1, count / 20) ? 2 + random.nextInt(2) : 1;
            int firstMajor = lines == 1 ? random.nextInt(2) : 0;
            for (int line = 0; line < lines; line++) {
                versions.add(version(i, name, firstMajor + line));
            }
            crates.add(versions);
            byName.put(name, versions);
        }
    }

    List<CrateVersion> versions() {
        return crates.stream().flatMap(List::stream).toList();
    }

    private CrateVersion version(int index, String name, int major) {
        int minor = 1 + random.nextInt(20);
        String version = major + "." + minor + "." + random.nextInt(10);
        // The kinds take turns, so that even a small archive has every kind several times.
        Problem problem = Shape.chance(random, problemRate) ? Problem.values()[problems++ % Problem.values().length] : null;
        Map<String, List<String>> features = new LinkedHashMap<>();
        features.put("default", new ArrayList<>(List.of("std")));
        features.put("std", new ArrayList<>());
        int extra = Shape.count(random, 1.2, 6);
        for (int f = 0; f < extra; f++) {
            features.putIfAbsent(FEATURE_WORDS[random.nextInt(FEATURE_WORDS.length)],
                    new ArrayList<>(Shape.chance(random, 0.3) ? List.of("std") : List.of()));
        }
        List<Dependency> dependencies = new ArrayList<>();
        Set<String> used = new HashSet<>();
        if (index > 0) {
            int normal = Shape.count(random, 2.5, 12);
            for (int d = 0; d < normal; d++) {
                addDependency(index, used, dependencies, features, Kind.NORMAL, null, Shape.chance(random, 0.15));
            }
            if (Shape.chance(random, 0.1)) {
                addDependency(index, used, dependencies, features, Kind.NORMAL, "cfg(unix)", false);
            }
            if (Shape.chance(random, 0.1)) {
                addDependency(index, used, dependencies, features, Kind.NORMAL, "cfg(windows)", false);
            }
            if (Shape.chance(random, 0.05)) {
                addDependency(index, used, dependencies, features, Kind.BUILD, null, false);
            }
            if (Shape.chance(random, 0.3)) {
                addDependency(index, used, dependencies, features, Kind.DEV, null, false);
            }
        }
        String rustVersion = Shape.chance(random, 0.5) ? "1." + (56 + random.nextInt(25)) : null;
        String patched = null;
        if (problem != null) {
            String ghost = "ghost-" + index + "-" + major;
            String target = "";
            switch (problem) {
                case MISSING_CRATE -> dependencies.add(plain(ghost, ghost, "1.0", Kind.NORMAL, null));
                case OPTIONAL_MISSING -> dependencies.add(new Dependency(ghost, ghost, "1.0", Kind.NORMAL, null, true, true, List.of(), null));
                case DEV_DEPENDENCY_UNSATISFIABLE -> dependencies.add(plain(ghost, ghost, "1.0", Kind.DEV, null));
                case FOREIGN_TARGET_MISSING -> dependencies.add(plain(ghost, ghost, "0.3", Kind.NORMAL, "cfg(windows)"));
                case UNSATISFIABLE_VERSION -> target = addTo(index, used, dependencies, t -> plain(t.name(), t.name(), "99.0", Kind.NORMAL, null));
                case MISSING_DEPENDENCY_FEATURE -> target = addTo(index, used, dependencies, t -> new Dependency(t.name(), t.name(), t.caret(random),
                        Kind.NORMAL, null, false, true, List.of(NO_SUCH_FEATURE), null));
                case PATH_DEPENDENCY -> target = addTo(index, used, dependencies, t -> new Dependency(t.name(), t.name(), t.caret(random),
                        Kind.NORMAL, null, false, true, List.of(), "path = \"../" + t.name() + "\""));
                case GIT_DEPENDENCY -> target = addTo(index, used, dependencies, t -> new Dependency(t.name(), t.name(), t.caret(random),
                        Kind.NORMAL, null, false, true, List.of(), "git = \"https://github.com/synthetic/" + t.name() + "\""));
                case FOREIGN_REGISTRY -> target = addTo(index, used, dependencies, t -> new Dependency(t.name(), t.name(), t.caret(random),
                        Kind.NORMAL, null, false, true, List.of(), "registry-index = \"sparse+https://crates.corp.example/index/\""));
                case PATCH_SECTION -> {
                    patched = addTo(index, used, dependencies, t -> plain(t.name(), t.name(), t.caret(random), Kind.NORMAL, null));
                    target = patched;
                }
                case UNDEFINED_FEATURE -> features.put("extra-undefined", List.of("nonexistent-thing"));
                case RUST_VERSION_TOO_NEW -> rustVersion = "1.99";
                case BUNDLED_CRATE -> {
                }
            }
            if (target == null) {
                // Nothing to depend on yet (the first crate, or every pick taken): no problem this time.
                problem = null;
            }
        }
        return new CrateVersion(name, version, major, minor, List.copyOf(dependencies), features, rustVersion, problem, patched);
    }

    private Dependency plain(String alias, String crate, String req, Kind kind, String target) {
        return new Dependency(alias, crate, req, kind, target, false, true, List.of(), null);
    }

    private interface Make {
        Dependency of(CrateVersion target);
    }

    /** Adds a dependency on a crate this one does not use yet; returns its name (null when none is left). */
    private String addTo(int index, Set<String> used, List<Dependency> dependencies, Make make) {
        for (int attempt = 0; index > 0 && attempt < 8; attempt++) {
            List<CrateVersion> target = crates.get(Shape.popular(random, index));
            CrateVersion version = target.get(random.nextInt(target.size()));
            if (used.add(version.name())) {
                dependencies.add(make.of(version));
                return version.name();
            }
        }
        return null;
    }

    private void addDependency(int index, Set<String> used, List<Dependency> dependencies, Map<String, List<String>> features,
                               Kind kind, String target, boolean optional) {
        addTo(index, used, dependencies, version -> {
            boolean renamed = Shape.chance(random, 0.03);
            String alias = renamed ? version.name().replace('-', '_') + "_renamed" : version.name();
            boolean defaultFeatures = !Shape.chance(random, 0.2);
            List<String> wanted = new ArrayList<>();
            if (!defaultFeatures || Shape.chance(random, 0.2)) {
                List<String> offered = new ArrayList<>(version.features().keySet());
                offered.remove("default");
                wanted.add(offered.get(random.nextInt(offered.size())));
            }
            if (optional) {
                switch (random.nextInt(3)) {
                    case 0 -> features.put("use-" + alias, List.of("dep:" + alias));
                    case 1 -> features.put(alias + "-std", List.of(alias + "/std"));
                    default -> features.get("std").add(alias + "?/std");
                }
            }
            return new Dependency(alias, version.name(), version.caret(random), kind, target, optional, defaultFeatures, List.copyOf(wanted), null);
        });
    }

    // ---- writing ----

    static void write(Path crates, CrateVersion crate) throws IOException {
        List<Entry> entries = new ArrayList<>();
        entries.add(file("Cargo.toml", manifest(crate)));
        entries.add(file("README.md", "# " + crate.name() + "\n\nGenerated crate " + crate.name() + " " + crate.version() + " for distpolicy benchmarks.\n"));
        entries.add(file("src/lib.rs", "//! " + crate.name() + " " + crate.version() + "\n#![cfg_attr(not(feature = \"std\"), no_std)]\n\npub fn "
                + crate.name().replace('-', '_') + "_version() -> &'static str {\n    \"" + crate.version() + "\"\n}\n"));
        for (String feature : crate.features().keySet()) {
            if (!feature.equals("default") && !feature.equals("std") && !feature.contains("-")) {
                entries.add(file("src/" + feature + ".rs", "//! The " + feature + " support of " + crate.name() + ".\n"));
            }
        }
        if (crate.dependencies().stream().anyMatch(d -> d.kind() == Kind.BUILD)) {
            entries.add(file("build.rs", "fn main() {\n    println!(\"cargo:rerun-if-changed=build.rs\");\n}\n"));
        }
        if (crate.problem() == Problem.BUNDLED_CRATE) {
            String bundled = "bundled-" + crate.name();
            entries.add(file("vendor/" + bundled + "/.cargo-checksum.json", "{\"files\":{},\"package\":\"" + bundled + "\"}\n"));
            entries.add(file("vendor/" + bundled + "/Cargo.toml", "[package]\nname = \"" + bundled + "\"\nversion = \"0.1.0\"\nedition = \"2021\"\n"));
            entries.add(file("vendor/" + bundled + "/src/lib.rs", "//! A copy of " + bundled + " carried by " + crate.name() + ".\n"));
        }
        PackageWriter.crate(crates, crate.name(), crate.version(), entries);
    }

    static String manifest(CrateVersion crate) {
        StringBuilder toml = new StringBuilder("# THIS FILE IS AUTOMATICALLY GENERATED BY CARGO\n[package]\nedition = \"2021\"\n");
        if (crate.rustVersion() != null) {
            toml.append("rust-version = \"").append(crate.rustVersion()).append("\"\n");
        }
        toml.append("name = \"").append(crate.name()).append("\"\nversion = \"").append(crate.version()).append("\"\n")
                .append("description = \"Generated crate ").append(crate.name()).append("\"\nlicense = \"MIT OR Apache-2.0\"\n");
        toml.append("\n[features]\n");
        crate.features().forEach((name, entries) -> toml.append(name).append(" = [")
                .append(String.join(", ", entries.stream().map(e -> "\"" + e + "\"").toList())).append("]\n"));
        for (Dependency d : crate.dependencies()) {
            String table = switch (d.kind()) {
                case NORMAL -> "dependencies";
                case BUILD -> "build-dependencies";
                case DEV -> "dev-dependencies";
            };
            toml.append('\n').append(d.target() == null ? "[" : "[target.'" + d.target() + "'.").append(table).append('.').append(d.alias()).append("]\n");
            toml.append("version = \"").append(d.req()).append("\"\n");
            if (!d.alias().equals(d.crate())) {
                toml.append("package = \"").append(d.crate()).append("\"\n");
            }
            if (d.optional()) {
                toml.append("optional = true\n");
            }
            if (!d.defaultFeatures()) {
                toml.append("default-features = false\n");
            }
            if (!d.features().isEmpty()) {
                toml.append("features = [").append(String.join(", ", d.features().stream().map(f -> "\"" + f + "\"").toList())).append("]\n");
            }
            if (d.source() != null) {
                toml.append(d.source()).append('\n');
            }
        }
        if (crate.patched() != null) {
            toml.append("\n[patch.crates-io.").append(crate.patched()).append("]\npath = \"../").append(crate.patched()).append("\"\n");
        }
        return toml.toString();
    }

    // ---- ground truth ----

    /** The findings cargo's rules must give on these crates, transitive ones included. */
    void truth(GroundTruth truth) {
        BreakagePropagation graph = new BreakagePropagation();
        for (CrateVersion crate : versions()) {
            own(crate, truth, graph);
            new Requirements(crate).requirements.forEach(r -> judge(crate, r, truth, graph));
        }
        graph.transitivelyBroken().forEach((node, reportedFinding) -> {
            if (reportedFinding) {
                int at = node.indexOf('@');
                int hash = node.indexOf('#');
                String feature = node.substring(hash + 1);
                truth.add("cargo/broken-transitively", node.substring(0, at), node.substring(at + 1, hash), feature.isEmpty() ? null : feature);
            }
        });
    }

    /** Problems of the version itself, and the nodes they break. */
    private void own(CrateVersion crate, GroundTruth truth, BreakagePropagation graph) {
        String base = node(crate.name(), crate.version(), null);
        if (crate.problem() == null) {
            return;
        }
        switch (crate.problem()) {
            case UNDEFINED_FEATURE -> {
                truth.add("cargo/undefined-feature", crate.name(), crate.version(), "extra-undefined");
                graph.seed(base);
            }
            case RUST_VERSION_TOO_NEW -> {
                truth.add("cargo/rust-version-too-new", crate.name(), crate.version(), null);
                graph.seed(base);
            }
            case PATH_DEPENDENCY -> truth.add("cargo/path-dependency", crate.name(), crate.version(), sourced(crate));
            case GIT_DEPENDENCY -> truth.add("cargo/git-dependency", crate.name(), crate.version(), sourced(crate));
            case FOREIGN_REGISTRY -> truth.add("cargo/foreign-registry", crate.name(), crate.version(), sourced(crate));
            case PATCH_SECTION -> truth.add("cargo/patch-section", crate.name(), crate.version(), crate.patched());
            case BUNDLED_CRATE -> truth.add("cargo/bundled-crate", crate.name(), crate.version(), "vendor/");
            default -> {
            }
        }
    }

    private static String sourced(CrateVersion crate) {
        return crate.dependencies().stream().filter(d -> d.source() != null).findFirst().orElseThrow().alias();
    }

    /** A requirement of one capability of a crate version, as cargo's feature rules make it. */
    private record Requirement(String ownerFeature, Dependency dependency, String crate, String req, String feature, boolean hard, boolean internal) {
    }

    /** Mirrors what cargo makes of the manifest shapes the generator writes. */
    private static final class Requirements {
        final List<Requirement> requirements = new ArrayList<>();
        private final CrateVersion crate;

        Requirements(CrateVersion crate) {
            this.crate = crate;
            for (Dependency d : crate.dependencies()) {
                if (!d.optional()) {
                    enable(null, d, false);
                }
            }
            crate.features().forEach((feature, entries) -> {
                own(feature, null);
                for (String entry : entries) {
                    if (entry.startsWith("dep:")) {
                        enable(feature, crate.dependency(entry.substring(4)), false);
                    } else if (entry.contains("/")) {
                        boolean weak = entry.contains("?/");
                        Dependency d = crate.dependency(entry.substring(0, entry.indexOf(weak ? "?/" : "/")));
                        if (!weak) {
                            enable(feature, d, false);
                        }
                        requirements.add(new Requirement(feature, d, d.crate(), d.req(), entry.substring(entry.indexOf('/') + 1), d.hard() && !weak, false));
                    } else if (crate.features().containsKey(entry)) {
                        own(feature, entry);
                    }
                }
            });
            for (String implicit : crate.implicitFeatures()) {
                own(implicit, null);
                enable(implicit, crate.dependency(implicit), false);
            }
        }

        private void own(String feature, String ownFeature) {
            requirements.add(new Requirement(feature, null, crate.name(), "=" + crate.version(), ownFeature, true, true));
        }

        private void enable(String feature, Dependency d, boolean weak) {
            boolean hard = d.hard() && !weak;
            requirements.add(new Requirement(feature, d, d.crate(), d.req(), null, hard, false));
            if (d.defaultFeatures()) {
                requirements.add(new Requirement(feature, d, d.crate(), d.req(), "default", hard, false));
            }
            d.features().forEach(f -> requirements.add(new Requirement(feature, d, d.crate(), d.req(), f, hard, false)));
        }
    }

    private final Set<String> reportedProblems = new HashSet<>();

    private void judge(CrateVersion crate, Requirement r, GroundTruth truth, BreakagePropagation graph) {
        String owner = node(crate.name(), crate.version(), r.ownerFeature());
        if (r.internal()) {
            graph.edge(owner, List.of(node(crate.name(), crate.version(), r.feature())), true);
            return;
        }
        List<CrateVersion> archived = byName.getOrDefault(r.crate(), List.of());
        List<CrateVersion> matching = archived.stream().filter(v -> matches(r.req(), v)).toList();
        List<String> satisfiers = matching.stream().filter(v -> r.feature() == null || v.provided().contains(r.feature()))
                .map(v -> node(v.name(), v.version(), r.feature())).toList();
        if (!satisfiers.isEmpty()) {
            if (r.hard()) {
                graph.edge(owner, satisfiers, false);
            }
            return;
        }
        String status = archived.isEmpty() ? "missing" : matching.isEmpty() ? "no-matching-version" : "missing-feature";
        String rule = r.dependency().kind() == Kind.DEV ? "cargo/dev-dependency-unsatisfiable" : switch (status) {
            case "missing" -> "cargo/missing-crate";
            case "no-matching-version" -> "cargo/unsatisfiable-version";
            default -> "cargo/missing-dependency-feature";
        };
        // One finding per owner, dependency, kind and kind of failure (and missing feature), as the engine groups them.
        String problem = String.join("|", owner, r.dependency().alias(), r.dependency().kind().name(), status,
                status.equals("missing-feature") ? r.feature() : "");
        if (reportedProblems.add(problem)) {
            truth.add(rule, crate.name(), crate.version(), r.ownerFeature());
        }
        if (r.hard()) {
            graph.seed(owner);
        }
    }

    /** Cargo's caret and the unsatisfiable "99.0" for the requirement shapes the generator writes. */
    private static boolean matches(String req, CrateVersion version) {
        String[] parts = req.split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = Integer.parseInt(parts[1]);
        if (major == 0) {
            return version.major() == 0 && version.minor() == minor;
        }
        return version.major() == major && version.minor() >= minor;
    }

    static String node(String crate, String version, String feature) {
        return crate + "@" + version + "#" + (feature == null ? "" : feature);
    }
}
