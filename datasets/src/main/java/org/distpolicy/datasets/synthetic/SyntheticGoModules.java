package org.distpolicy.datasets.synthetic;

import static org.distpolicy.datasets.Entry.file;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.distpolicy.datasets.Entry;
import org.distpolicy.datasets.PackageWriter;

/**
 * The Go modules of a generated archive: module proxy releases (popular ones in two versions)
 * and GOPATH source trees without a version, each with a root package importing the root
 * packages of the modules its go.mod requires (picked with power-law popularity among those
 * generated before it) and a util package; some trees ship vendor/ with modules.txt. At a
 * given rate one problem is injected per module version. Like {@link SyntheticCrates} it
 * derives the findings from its own model of packages, imports and versions.
 */
final class SyntheticGoModules {
    enum Problem { GO_VERSION_TOO_NEW, MISSING_MODULE, MISSING_PACKAGE, MODULE_TOO_OLD, LOCAL_REPLACE, REPLACE_TO_FORK, VENDORED, INCONSISTENT_VENDORING }

    /** Every rule the modules' problems are found by, transitive breakage included. */
    static final List<String> RULES = List.of("go/go-version-too-new", "go/missing-module", "go/missing-package", "go/module-too-old",
            "go/local-replace", "go/replace-to-fork", "go/vendored-dependencies", "go/inconsistent-vendoring", "go/broken-transitively");

    /** A go.mod requirement; {@code replacement} is "../dir" (a directory) or "module version" (a fork), else null. */
    record Require(String module, String version, String replacement, boolean imported) {
    }

    /** One module version; the version is "" for a GOPATH tree. */
    record GoModule(int index, String path, String version, int minor, List<Require> requires, String goLine, Problem problem,
                    String missingImport, boolean vendors) {
        boolean tree() {
            return version.isEmpty();
        }

        String packageName() {
            return "mod" + index;
        }
    }

    private final List<List<GoModule>> modules = new ArrayList<>();
    private final Map<String, List<GoModule>> byPath = new LinkedHashMap<>();
    private final SplittableRandom random;
    private final double problemRate;
    private int problems;

    SyntheticGoModules(int count, long seed, double problemRate) {
        this.random = new SplittableRandom(seed);
        this.problemRate = problemRate;
        for (int i = 0; i < count; i++) {
            String path = "github.com/synth" + (i % 97) + "/mod" + i;
            // The kinds take turns, so that even a small archive has every kind several times.
            Problem problem = Shape.chance(random, problemRate) ? Problem.values()[problems++ % Problem.values().length] : null;
            boolean tree = i % 7 == 3 || problem == Problem.VENDORED || problem == Problem.INCONSISTENT_VENDORING;
            List<GoModule> versions = new ArrayList<>();
            if (tree) {
                versions.add(module(i, path, "", 0, problem));
            } else {
                int minor = 1 + random.nextInt(30);
                int releases = i < Math.max(1, count / 20) ? 2 : 1;
                for (int r = 0; r < releases; r++) {
                    // Only the newest release gets the problem: a fixed older one beside it is the usual case.
                    versions.add(module(i, path, "v1." + (minor + r) + "." + random.nextInt(5), minor + r, r == releases - 1 ? problem : null));
                }
            }
            modules.add(versions);
            byPath.put(path, versions);
        }
    }

    List<GoModule> versions() {
        return modules.stream().flatMap(List::stream).toList();
    }

    private GoModule module(int index, String path, String version, int minor, Problem problem) {
        List<Require> requires = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int count = index == 0 ? 0 : Shape.count(random, 2.0, 10);
        for (int d = 0; d < count; d++) {
            GoModule target = pick(index, used, false);
            if (target != null) {
                requires.add(new Require(target.path(), requiredVersion(target), null, true));
            }
        }
        String goLine = "1." + (16 + random.nextInt(8));
        String missingImport = null;
        boolean vendors = false;
        if (problem != null) {
            boolean done = true;
            switch (problem) {
                case GO_VERSION_TOO_NEW -> goLine = "1.99";
                case MISSING_MODULE -> requires.add(new Require("github.com/ghost-org/missing" + index, "v1.0.0", null, true));
                case MISSING_PACKAGE -> {
                    done = requireOne(index, used, requires);
                    missingImport = done ? requires.get(0).module() + "/nosuch" : null;
                }
                case MODULE_TOO_OLD -> {
                    GoModule target = pick(index, used, true);
                    done = target != null;
                    if (done) {
                        requires.add(new Require(target.path(), "v1.999.0", null, true));
                    }
                }
                case LOCAL_REPLACE -> {
                    done = requireOne(index, used, requires);
                    if (done) {
                        Require replaced = requires.remove(0);
                        requires.add(0, new Require(replaced.module(), replaced.version(), "../" + replaced.module().substring(replaced.module().lastIndexOf('/') + 1), true));
                    }
                }
                case REPLACE_TO_FORK -> {
                    done = requireOne(index, used, requires);
                    GoModule fork = done ? pick(index, used, true) : null;
                    done = fork != null;
                    if (done) {
                        Require replaced = requires.remove(0);
                        requires.add(0, new Require(replaced.module(), replaced.version(), fork.path() + " " + fork.version(), true));
                    }
                }
                case VENDORED, INCONSISTENT_VENDORING -> {
                    GoModule target = pick(index, used, true);
                    done = target != null;
                    if (done) {
                        vendors = true;
                        requires.add(new Require(target.path(), target.version(), null, true));
                        if (problem == Problem.INCONSISTENT_VENDORING) {
                            // Required after go mod vendor ran: modules.txt does not list it.
                            GoModule late = pick(index, used, false);
                            done = late != null;
                            if (done) {
                                requires.add(new Require(late.path(), requiredVersion(late), null, false));
                            }
                        }
                    }
                }
            }
            if (!done) {
                problem = null;
            }
        }
        return new GoModule(index, path, version, minor, List.copyOf(requires), goLine, problem, missingImport, vendors && problem != null);
    }

    /** Makes sure go.mod requires at least one module (the one a problem is about); false when none can be found. */
    private boolean requireOne(int index, Set<String> used, List<Require> requires) {
        if (requires.isEmpty()) {
            GoModule target = pick(index, used, false);
            if (target != null) {
                requires.add(new Require(target.path(), requiredVersion(target), null, true));
            }
        }
        return !requires.isEmpty();
    }

    /** A module generated before this one and not required yet (only proxy releases when asked); null when none is found. */
    private GoModule pick(int index, Set<String> used, boolean released) {
        for (int attempt = 0; index > 0 && attempt < 8; attempt++) {
            List<GoModule> target = modules.get(Shape.popular(random, index));
            GoModule version = target.get(random.nextInt(target.size()));
            if ((!released || !version.tree()) && used.add(version.path())) {
                return version;
            }
        }
        return null;
    }

    private String requiredVersion(GoModule target) {
        return target.tree() ? "v1.0.0" : "v1." + random.nextInt(target.minor() + 1) + ".0";
    }

    // ---- writing ----

    void write(Path proxy, Path gopath, GoModule module) throws IOException {
        List<Entry> files = new ArrayList<>();
        files.add(file(module.packageName() + ".go", rootSource(module)));
        files.add(file(module.packageName() + "_test.go", "package " + module.packageName() + "\n\nimport \"testing\"\n\nfunc TestVersion(t *testing.T) {\n\tif Version() == \"\" {\n\t\tt.Fatal(\"no version\")\n\t}\n}\n"));
        files.add(file("util/util.go", "package util\n\nimport \"strings\"\n\n// Name is the name of " + module.path() + ".\nfunc Name() string { return strings.ToUpper(\"" + module.packageName() + "\") }\n"));
        files.add(file("README.md", "# " + module.path() + "\n\nGenerated module for distpolicy benchmarks.\n"));
        if (module.vendors()) {
            StringBuilder modulesTxt = new StringBuilder();
            for (Require vendored : module.requires().stream().filter(Require::imported).toList()) {
                modulesTxt.append("# ").append(vendored.module()).append(' ').append(vendored.version()).append("\n## explicit\n")
                        .append(vendored.module()).append('\n');
                GoModule release = release(vendored);
                String name = vendored.module().substring(vendored.module().lastIndexOf('/') + 1);
                files.add(file("vendor/" + vendored.module() + "/" + name + ".go", release != null ? rootSource(release)
                        : "// Package " + name + " as " + vendored.module() + " " + vendored.version() + " had it.\npackage " + name + "\n"));
            }
            files.add(file("vendor/modules.txt", modulesTxt.toString()));
        }
        if (module.tree()) {
            List<Entry> all = new ArrayList<>(files);
            all.add(0, file("go.mod", goMod(module)));
            PackageWriter.directory(gopath.resolve(module.path()), all);
        } else {
            PackageWriter.proxyModule(proxy, module.path(), module.version(), goMod(module), files);
        }
    }

    /**
     * The archived release of exactly the version a tree vendors, whose root package the vendored
     * copy is (what `go mod vendor` made of it); null when that version is not archived.
     */
    private GoModule release(Require vendored) {
        return byPath.get(vendored.module()).stream().filter(v -> v.version().equals(vendored.version())).findFirst().orElse(null);
    }

    static String goMod(GoModule module) {
        StringBuilder mod = new StringBuilder("module " + module.path() + "\n\ngo " + module.goLine() + "\n");
        if (!module.requires().isEmpty()) {
            mod.append("\nrequire (\n");
            module.requires().forEach(r -> mod.append('\t').append(r.module()).append(' ').append(r.version()).append('\n'));
            mod.append(")\n");
        }
        for (Require r : module.requires()) {
            if (r.replacement() != null) {
                mod.append("\nreplace ").append(r.module()).append(" => ").append(r.replacement()).append('\n');
            }
        }
        return mod.toString();
    }

    static String rootSource(GoModule module) {
        List<String> imports = new ArrayList<>(List.of(module.path() + "/util"));
        module.requires().stream().filter(Require::imported).forEach(r -> imports.add(r.module()));
        if (module.missingImport() != null) {
            imports.add(module.missingImport());
        }
        StringBuilder go = new StringBuilder("// Package " + module.packageName() + " is generated.\npackage " + module.packageName() + "\n\nimport (\n\t\"fmt\"\n\n");
        imports.stream().sorted().forEach(i -> go.append("\t_ \"").append(i).append("\"\n"));
        go.append(")\n\n// Version says which release this is.\nfunc Version() string { return fmt.Sprint(\"")
                .append(module.version()).append("\") }\n");
        return go.toString();
    }

    // ---- ground truth ----

    /** The findings the Go rules must give on these modules, transitive ones included. */
    void truth(GroundTruth truth) {
        BreakagePropagation graph = new BreakagePropagation();
        for (GoModule module : versions()) {
            String version = module.tree() ? null : module.version();
            String moduleNode = node(module, "gomod");
            String root = node(module, module.path());
            own(module, version, truth, graph);
            graph.edge(root, List.of(moduleNode), true);
            graph.edge(node(module, module.path() + "/util"), List.of(moduleNode), true);
            graph.edge(root, List.of(node(module, module.path() + "/util")), true);
            for (Require require : module.requires()) {
                if (require.replacement() != null && require.replacement().startsWith("../")) {
                    continue;
                }
                String target = require.replacement() == null ? require.module() : require.replacement().split(" ")[0];
                String wanted = require.replacement() == null ? require.version() : require.replacement().split(" ")[1];
                List<GoModule> archived = byPath.getOrDefault(target, List.of());
                List<GoModule> matching = archived.stream().filter(v -> v.tree() || compare(v.version(), wanted) >= 0).toList();
                if (archived.isEmpty()) {
                    truth.add("go/missing-module", module.path(), version, target);
                } else if (matching.isEmpty()) {
                    // The go.mod line and the imports it covers are one problem.
                    truth.add("go/module-too-old", module.path(), version, require.module());
                }
                if (!require.imported()) {
                    continue;
                }
                if (archived.isEmpty()) {
                    truth.add("go/missing-package", module.path(), version, target);
                    graph.seed(root);
                } else if (matching.isEmpty()) {
                    graph.seed(root);
                } else {
                    graph.edge(root, matching.stream().map(v -> node(v, v.path())).toList(), false);
                }
            }
            if (module.missingImport() != null) {
                truth.add("go/missing-package", module.path(), version, module.missingImport());
                graph.seed(root);
            }
        }
        graph.transitivelyBroken().forEach((node, reported) -> {
            if (reported) {
                int at = node.indexOf('@');
                int hash = node.indexOf('#');
                String version = node.substring(at + 1, hash);
                truth.add("go/broken-transitively", node.substring(0, at), version.isEmpty() ? null : version, node.substring(hash + 1));
            }
        });
    }

    private static void own(GoModule module, String version, GroundTruth truth, BreakagePropagation graph) {
        if (module.problem() == null) {
            return;
        }
        switch (module.problem()) {
            case GO_VERSION_TOO_NEW -> {
                truth.add("go/go-version-too-new", module.path(), version, null);
                graph.seed(node(module, "gomod"));
            }
            case LOCAL_REPLACE -> truth.add("go/local-replace", module.path(), version, module.requires().get(0).module());
            case REPLACE_TO_FORK -> truth.add("go/replace-to-fork", module.path(), version, module.requires().get(0).module());
            case VENDORED -> truth.add("go/vendored-dependencies", module.path(), version, "vendor/");
            case INCONSISTENT_VENDORING -> {
                truth.add("go/vendored-dependencies", module.path(), version, "vendor/");
                truth.add("go/inconsistent-vendoring", module.path(), version, null);
            }
            default -> {
            }
        }
    }

    /** A node of the model's graph: the module ("gomod") or one of its packages (its import path). */
    private static String node(GoModule module, String capability) {
        return module.path() + "@" + module.version() + "#" + capability;
    }

    /** Semantic order of the "v1.MINOR.PATCH" versions the generator writes. */
    static int compare(String a, String b) {
        String[] x = a.substring(1).split("\\.");
        String[] y = b.substring(1).split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
