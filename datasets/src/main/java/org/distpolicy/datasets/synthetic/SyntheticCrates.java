package org.distpolicy.datasets.synthetic;

import static org.distpolicy.datasets.Entry.file;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
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

    /**
     * The problems injected into crate versions, each with the rule it is found by; an unmet
     * requirement's finding comes from judging the requirement, the others' from the version itself.
     */
    enum Problem {
        MISSING_CRATE("cargo/missing-crate", true), OPTIONAL_MISSING("cargo/missing-crate", true),
        UNSATISFIABLE_VERSION("cargo/unsatisfiable-version", true), MISSING_DEPENDENCY_FEATURE("cargo/missing-dependency-feature", true),
        UNDEFINED_FEATURE("cargo/undefined-feature", false), RUST_VERSION_TOO_NEW("cargo/rust-version-too-new", false),
        PATH_DEPENDENCY("cargo/path-dependency", false), GIT_DEPENDENCY("cargo/git-dependency", false),
        FOREIGN_REGISTRY("cargo/foreign-registry", false), PATCH_SECTION("cargo/patch-section", false),
        BUNDLED_CRATE("cargo/bundled-crate", false), DEV_DEPENDENCY_UNSATISFIABLE("cargo/dev-dependency-unsatisfiable", true),
        FOREIGN_TARGET_MISSING("cargo/missing-crate", true), RESOLUTION_CONFLICT("cargo/resolution-conflict", false),
        UNNORMALIZED_MANIFEST("cargo/unnormalized-manifest", false), NESTED_PACKAGE("cargo/nested-package", false),
        BUNDLED_NATIVE_LIBRARY("cargo/bundled-native-library", false), PACKAGED_COPY("copy/packaged-code", false);

        final String rule;
        final boolean unmetRequirement;

        Problem(String rule, boolean unmetRequirement) {
            this.rule = rule;
            this.unmetRequirement = unmetRequirement;
        }
    }

    /** Every rule the crates' problems are found by, transitive breakage included. */
    static final List<String> RULES = Stream.concat(Arrays.stream(Problem.values()).map(p -> p.rule), Stream.of("cargo/broken-transitively"))
            .distinct().toList();
    /** Where a crate with a nested package has it. */
    static final String NESTED_DIRECTORY = "macros/";
    private static final List<String> MODULES = List.of("parser", "error", "iter");

    enum Kind { NORMAL, BUILD, DEV }

    /**
     * One dependency as the shipped manifest writes it; {@code crate} is the real crate, {@code alias} the table key,
     * {@code req} null for {@code { workspace = true }} (which distpolicy reads as any version).
     */
    record Dependency(String alias, String crate, String req, Kind kind, String target, boolean optional, boolean defaultFeatures,
                      List<String> features, String source) {
        boolean hard() {
            return kind != Kind.DEV && !"cfg(windows)".equals(target);
        }
    }

    /**
     * One crate version: its manifest's content and the problem injected into it, if any.
     *
     * @param patched  the crate a {@code [patch]} section replaces
     * @param original the crate version whose sources a {@link Problem#PACKAGED_COPY} carries
     */
    record CrateVersion(String name, String version, int major, int minor, List<Dependency> dependencies,
                        Map<String, List<String>> features, String rustVersion, Problem problem, String patched, CrateVersion original) {
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
    /** Crate versions ("name@version") whose sources a packaged copy carries: each is copied once, and ships the copied modules. */
    private final Set<String> copied = new HashSet<>();
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
        CrateVersion original = null;
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
                case RESOLUTION_CONFLICT -> target = pinAgainstANewerNeed(index, used, dependencies);
                case UNNORMALIZED_MANIFEST -> inheritFromWorkspace(dependencies);
                case PACKAGED_COPY -> {
                    original = uncopied(index);
                    target = original == null ? null : original.name();
                }
                case BUNDLED_CRATE, NESTED_PACKAGE, BUNDLED_NATIVE_LIBRARY -> {
                }
            }
            if (target == null) {
                // Nothing to depend on yet (the first crate, or every pick taken): no problem this time.
                problem = null;
            }
        }
        return new CrateVersion(name, version, major, minor, List.copyOf(dependencies), features, rustVersion, problem, patched, original);
    }

    /**
     * The shape cargo cannot build although each requirement is satisfiable: this crate pins
     * {@code T = "=x.(r-1).p"} and depends on a crate B whose default build needs {@code T ^x.r}.
     * B is an earlier crate with such a hard requirement on the only version of T's line; the
     * pinned version is archived beside it (as distros keep an old one a pin needs). The pinning
     * crate is never depended on (see {@link #addTo}), so its own tree is the only one with the
     * conflict. Returns B's name, null when no B is found.
     */
    private String pinAgainstANewerNeed(int index, Set<String> used, List<Dependency> dependencies) {
        for (int attempt = 0; index > 0 && attempt < 32; attempt++) {
            List<CrateVersion> candidates = crates.get(random.nextInt(index));
            CrateVersion needing = candidates.get(random.nextInt(candidates.size()));
            if (needing.problem() != null || used.contains(needing.name())) {
                continue;
            }
            for (Dependency need : needing.dependencies()) {
                CrateVersion newer = onlyVersionOfLine(need);
                if (newer != null && !used.contains(newer.name())) {
                    used.add(needing.name());
                    used.add(newer.name());
                    int minor = Integer.parseInt(need.req().substring(need.req().indexOf('.') + 1)) - 1;
                    CrateVersion older = new CrateVersion(newer.name(), newer.major() + "." + minor + "." + random.nextInt(10), newer.major(), minor,
                            newer.dependencies(), newer.features(), newer.rustVersion(), null, null, null);
                    byName.get(newer.name()).add(older);
                    dependencies.add(plain(needing.name(), needing.name(), needing.caret(random), Kind.NORMAL, null));
                    dependencies.add(plain(newer.name(), newer.name(), "=" + older.version(), Kind.NORMAL, null));
                    return needing.name();
                }
            }
        }
        return null;
    }

    /**
     * For a hard, plain requirement {@code x.r} with x and r at least 1: the only archived version
     * of line x, when it has no problem (so that an older one can join it); null otherwise.
     */
    private CrateVersion onlyVersionOfLine(Dependency need) {
        if (!need.hard() || need.optional() || need.req() == null || need.source() != null || !need.req().matches("[1-9][0-9]*\\.[1-9][0-9]*")) {
            return null;
        }
        int major = Integer.parseInt(need.req().substring(0, need.req().indexOf('.')));
        List<CrateVersion> line = byName.getOrDefault(need.crate(), List.of()).stream().filter(v -> v.major() == major).toList();
        return line.size() == 1 && line.get(0).problem() == null ? line.get(0) : null;
    }

    /**
     * A source-tree manifest takes a plain dependency from the workspace root: {@code serde = { workspace = true }}.
     * Read as any version, it reaches the crate's newest, so not one of a crate that pins for a conflict.
     */
    private void inheritFromWorkspace(List<Dependency> dependencies) {
        for (int i = 0; i < dependencies.size(); i++) {
            Dependency d = dependencies.get(i);
            if (d.kind() == Kind.NORMAL && d.target() == null && !d.optional() && d.defaultFeatures() && d.alias().equals(d.crate())
                    && d.source() == null && byName.get(d.crate()).stream().noneMatch(v -> v.problem() == Problem.RESOLUTION_CONFLICT)) {
                dependencies.set(i, new Dependency(d.alias(), d.crate(), null, Kind.NORMAL, null, false, true, d.features(), null));
                return;
            }
        }
    }

    /**
     * An earlier crate version without a problem that no other crate copies yet, picked uniformly
     * (by popularity a few crates would be all the copies); null when none is found.
     */
    private CrateVersion uncopied(int index) {
        for (int attempt = 0; index > 0 && attempt < 16; attempt++) {
            List<CrateVersion> candidates = crates.get(random.nextInt(index));
            CrateVersion version = candidates.get(random.nextInt(candidates.size()));
            if (version.problem() == null && copied.add(version.name() + "@" + version.version())) {
                return version;
            }
        }
        return null;
    }

    private Dependency plain(String alias, String crate, String req, Kind kind, String target) {
        return new Dependency(alias, crate, req, kind, target, false, true, List.of(), null);
    }

    private interface Make {
        Dependency of(CrateVersion target);
    }

    /**
     * Adds a dependency on a crate this one does not use yet, never on a version that pins for a
     * resolution conflict; returns its name (null when none is left).
     */
    private String addTo(int index, Set<String> used, List<Dependency> dependencies, Make make) {
        for (int attempt = 0; index > 0 && attempt < 8; attempt++) {
            List<CrateVersion> target = crates.get(Shape.popular(random, index));
            CrateVersion version = target.get(random.nextInt(target.size()));
            if (version.problem() != Problem.RESOLUTION_CONFLICT && used.add(version.name())) {
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

    void write(Path crates, CrateVersion crate) throws IOException {
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
        if (crate.problem() == Problem.BUNDLED_NATIVE_LIBRARY) {
            NativeLibraryTree library = NativeLibraryTree.of(crate);
            entries.add(file("build.rs", "fn main() {\n    // Builds the bundled " + library.library() + " unless pkg-config finds the system one.\n"
                    + "    println!(\"cargo:rerun-if-changed=" + library.directory() + "\");\n}\n"));
            entries.addAll(library.entries(crate.name(), crate.version()));
        } else if (crate.dependencies().stream().anyMatch(d -> d.kind() == Kind.BUILD)) {
            entries.add(file("build.rs", "fn main() {\n    println!(\"cargo:rerun-if-changed=build.rs\");\n}\n"));
        }
        if (copied.contains(crate.name() + "@" + crate.version())) {
            entries.addAll(modules(crate, ""));
        }
        if (crate.problem() == Problem.BUNDLED_CRATE) {
            String bundled = "bundled-" + crate.name();
            entries.add(file("vendor/" + bundled + "/.cargo-checksum.json", "{\"files\":{},\"package\":\"" + bundled + "\"}\n"));
            entries.add(file("vendor/" + bundled + "/Cargo.toml", "[package]\nname = \"" + bundled + "\"\nversion = \"0.1.0\"\nedition = \"2021\"\n"));
            entries.add(file("vendor/" + bundled + "/src/lib.rs", "//! A copy of " + bundled + " carried by " + crate.name() + ".\n"));
        }
        if (crate.problem() == Problem.NESTED_PACKAGE) {
            // The nested packages RFC's example: a proc-macro helper shipped inside the crate instead of published.
            entries.add(file(NESTED_DIRECTORY + "Cargo.toml", "[package]\nname = \"" + crate.name() + "-macros\"\nversion = \"" + crate.version()
                    + "\"\nedition = \"2021\"\npublish = \"nested\"\n\n[lib]\nproc-macro = true\n"));
            entries.add(file(NESTED_DIRECTORY + "src/lib.rs", "//! Derive macros of " + crate.name() + ", built together with it.\n"));
        }
        if (crate.problem() == Problem.PACKAGED_COPY) {
            entries.addAll(modules(crate.original(), copyDirectory(crate.original())));
        }
        PackageWriter.crate(crates, crate.name(), crate.version(), entries);
    }

    /** Where a packaged copy carries the original's sources: pasted into the tree, without its manifest. */
    private static String copyDirectory(CrateVersion original) {
        return "third_party/" + original.name() + "/";
    }

    /** The modules of a crate version that another crate copies, below {@code directory}: each one far past the copy join's 512 bytes. */
    private static List<Entry> modules(CrateVersion crate, String directory) {
        String ident = crate.name().replace('-', '_');
        return MODULES.stream().map(module -> file(directory + "src/" + module + ".rs", """
                //! The %2$s module of %1$s %3$s.

                use core::fmt;

                /// What the %2$s of %1$s reports when its input is not what it expects.
                #[derive(Debug, Clone, PartialEq, Eq)]
                pub struct %4$sError {
                    pub offset: usize,
                    pub expected: &'static str,
                }

                impl fmt::Display for %4$sError {
                    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        write!(f, "%1$s %2$s: expected {} at byte {}", self.expected, self.offset)
                    }
                }

                /// Walks the input the way %1$s %3$s does, stopping at the first byte it does not accept.
                pub fn %5$s_%2$s(input: &[u8]) -> Result<usize, %4$sError> {
                    let mut state = 0usize;
                    for (offset, byte) in input.iter().enumerate() {
                        if *byte == 0 {
                            return Err(%4$sError { offset, expected: "a non-zero byte" });
                        }
                        state = state.wrapping_mul(31).wrapping_add(usize::from(*byte));
                    }
                    Ok(state)
                }
                """.formatted(crate.name(), module, crate.version(), Character.toUpperCase(module.charAt(0)) + module.substring(1), ident))).toList();
    }

    /** The Cargo.toml cargo package writes, or for {@link Problem#UNNORMALIZED_MANIFEST} the workspace member's own from the source tree. */
    static String manifest(CrateVersion crate) {
        boolean sourceTree = crate.problem() == Problem.UNNORMALIZED_MANIFEST;
        StringBuilder toml = new StringBuilder(sourceTree ? "[package]\nedition.workspace = true\n"
                : "# THIS FILE IS AUTOMATICALLY GENERATED BY CARGO\n[package]\nedition = \"2021\"\n");
        if (crate.rustVersion() != null) {
            toml.append("rust-version = \"").append(crate.rustVersion()).append("\"\n");
        }
        toml.append("name = \"").append(crate.name()).append("\"\n")
                .append(sourceTree ? "version.workspace = true\n" : "version = \"" + crate.version() + "\"\n")
                .append("description = \"Generated crate ").append(crate.name()).append("\"\n")
                .append(sourceTree ? "license.workspace = true\n" : "license = \"MIT OR Apache-2.0\"\n");
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
            toml.append(d.req() == null ? "workspace = true\n" : "version = \"" + d.req() + "\"\n");
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
        unusedLines(truth);
    }

    /**
     * Old semver lines no other crate's requirement (of any kind) is met by, which distpolicy
     * reports as retirable: popular crates have several lines, and now and then nothing picked an old one.
     */
    private void unusedLines(GroundTruth truth) {
        for (List<CrateVersion> versions : crates) {
            Map<String, CrateVersion> newestByLine = new LinkedHashMap<>();
            Set<String> requiredLines = new HashSet<>();
            for (CrateVersion v : versions) {
                newestByLine.merge(line(v), v, (a, b) -> NEWEST.compare(a, b) >= 0 ? a : b);
                if (requiredVersions.contains(v.name() + "@" + v.version())) {
                    requiredLines.add(line(v));
                }
            }
            CrateVersion newest = newestByLine.values().stream().max(NEWEST).orElseThrow();
            newestByLine.forEach((line, latest) -> {
                if (!line.equals(line(newest)) && !requiredLines.contains(line)) {
                    truth.add("archive/unused-compat-version", latest.name(), latest.version(), line);
                }
            });
        }
    }

    private static final Comparator<CrateVersion> NEWEST = Comparator.comparingInt(CrateVersion::major).thenComparingInt(CrateVersion::minor)
            .thenComparingInt(v -> Integer.parseInt(v.version().substring(v.version().lastIndexOf('.') + 1)));

    /** Cargo's compatibility line of the versions the generator writes: "0.7", "1". */
    private static String line(CrateVersion version) {
        return version.major() == 0 ? "0." + version.minor() : String.valueOf(version.major());
    }

    /** Problems of the version itself (an unmet requirement's finding comes from judging it), and the nodes they break. */
    private static void own(CrateVersion crate, GroundTruth truth, BreakagePropagation graph) {
        Problem problem = crate.problem();
        if (problem == null || problem.unmetRequirement) {
            return;
        }
        truth.add(problem.rule, crate.name(), crate.version(), subject(crate));
        if (problem == Problem.UNDEFINED_FEATURE || problem == Problem.RUST_VERSION_TOO_NEW) {
            graph.seed(node(crate.name(), crate.version(), null));
        }
    }

    /** What the finding of a problem of the version itself is about, as the findings table names it. */
    private static String subject(CrateVersion crate) {
        return switch (crate.problem()) {
            case UNDEFINED_FEATURE -> "extra-undefined";
            case PATH_DEPENDENCY, GIT_DEPENDENCY, FOREIGN_REGISTRY -> sourced(crate);
            case PATCH_SECTION -> crate.patched();
            case BUNDLED_CRATE -> "vendor/";
            case NESTED_PACKAGE -> NESTED_DIRECTORY;
            case BUNDLED_NATIVE_LIBRARY -> NativeLibraryTree.of(crate).directory();
            case PACKAGED_COPY -> copyDirectory(crate.original());
            default -> null;
        };
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
    /** Versions ("name@version") some requirement of another crate is met by. */
    private final Set<String> requiredVersions = new HashSet<>();

    private void judge(CrateVersion crate, Requirement r, GroundTruth truth, BreakagePropagation graph) {
        String owner = node(crate.name(), crate.version(), r.ownerFeature());
        if (r.internal()) {
            graph.edge(owner, List.of(node(crate.name(), crate.version(), r.feature())), true);
            return;
        }
        List<CrateVersion> archived = byName.getOrDefault(r.crate(), List.of());
        List<CrateVersion> matching = archived.stream().filter(v -> matches(r.req(), v)).toList();
        List<CrateVersion> providing = matching.stream().filter(v -> r.feature() == null || v.provided().contains(r.feature())).toList();
        if (!providing.isEmpty()) {
            providing.forEach(v -> requiredVersions.add(v.name() + "@" + v.version()));
            if (r.hard()) {
                graph.edge(owner, providing.stream().map(v -> node(v.name(), v.version(), r.feature())).toList(), false);
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

    /**
     * Cargo's caret (the unsatisfiable "99.0" too), "=" and the "*" of a workspace-inherited
     * dependency, for the requirement shapes the generator writes.
     */
    private static boolean matches(String req, CrateVersion version) {
        if (req == null) {
            return true;
        }
        if (req.startsWith("=")) {
            return req.substring(1).equals(version.version());
        }
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
