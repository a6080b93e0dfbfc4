package org.distpolicy.jobs.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.gomod.GoModFile;
import org.distpolicy.gomod.GoModParser;
import org.distpolicy.gomod.vendor.Inconsistency;
import org.distpolicy.gomod.vendor.ModulesTxt;
import org.distpolicy.gomod.vendor.VendorConsistency;
import org.distpolicy.manifest.ManifestException;

/**
 * Measures how far distpolicy's go/inconsistent-vendoring verdict (the cmd/go part of
 * {@link VendorConsistency}) agrees with the real go command's: on every module tree of a GOPATH
 * archive that ships vendor/, and on vendor trees built for a sample of the archive's modules
 * ({@link VendorVariants}). Not a test: it needs go, so CI never runs it;
 * {@code datasets/debian/go-vendor-agreement.sh} builds and runs it.
 *
 * <pre>
 * GoVendorAgreement --src GOPATH/src --out DIR [--sample N] [--seed S] [--threads T] [--timeout SECONDS] [--go PATH]
 * </pre>
 */
public final class GoVendorAgreement {
    private GoVendorAgreement() {
    }

    record Options(Path src, Path out, int sample, long seed, int threads, long timeoutSeconds, String go) {
        static Options parse(String[] args) {
            Path src = null;
            Path out = null;
            int sample = 120;
            long seed = 20261122L;
            int threads = 2;
            long timeout = 60;
            String go = "go";
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--src" -> src = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    case "--sample" -> sample = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--threads" -> threads = Integer.parseInt(value);
                    case "--timeout" -> timeout = Long.parseLong(value);
                    case "--go" -> go = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (src == null || out == null || args.length % 2 != 0) {
                throw new IllegalArgumentException("--src and --out are required");
            }
            return new Options(src, out, sample, seed, threads, timeout, go);
        }
    }

    /** One vendor tree as both sides judge it; distpolicy is null when it could not read go.mod. */
    record Case(String tree, String variant, GoListProbe.Verdict go, List<Inconsistency> distpolicy, String distpolicyError) {
        boolean distpolicyInconsistent() {
            return distpolicy != null && distpolicy.stream().anyMatch(i -> i.source() == Inconsistency.Source.CMD_GO);
        }

        boolean compared() {
            return go.outcome() != GoListProbe.Outcome.OTHER_ERROR && distpolicy != null;
        }

        boolean agree() {
            return distpolicyInconsistent() == (go.outcome() == GoListProbe.Outcome.INCONSISTENT);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (RuntimeException e) {
            System.err.println("go-vendor-agreement: " + e.getMessage());
            System.err.println("usage: GoVendorAgreement --src GOPATH/src --out DIR [--sample N] [--seed S] [--threads T] [--timeout SECONDS] [--go PATH]");
            System.exit(2);
            return;
        }
        Files.createDirectories(options.out());
        Path scratch = Files.createTempDirectory("go-vendor-agreement-");
        try {
            List<Path> roots = moduleRoots(options.src());
            List<Path> vendored = roots.stream().filter(r -> Files.isDirectory(r.resolve("vendor"))).toList();
            List<Path> sample = sample(roots, options);
            System.err.printf("%d module trees, %d with vendor/; %d sampled for synthetic vendor trees%n", roots.size(), vendored.size(), sample.size());
            GoListProbe probe = new GoListProbe(options.go(), scratch, options.timeoutSeconds());
            List<Case> real = run(vendored.stream().map(r -> (Job) () -> List.of(realTree(r, options.src(), probe, scratch))).toList(), options);
            VendorVariants variants = new VendorVariants(options.src());
            List<Case> synthetic = run(sample.stream().map(r -> (Job) () -> synthetic(r, options.src(), variants, probe, scratch)).toList(), options);
            write(options.out(), real, synthetic, roots.size(), options);
        } finally {
            deleteTree(scratch);
        }
    }

    interface Job {
        List<Case> call() throws Exception;
    }

    private static List<Case> run(List<Job> jobs, Options options) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<List<Case>>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(job::call));
            }
            List<Case> cases = new ArrayList<>();
            for (Future<List<Case>> f : futures) {
                cases.addAll(f.get());
            }
            return cases;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Directories holding a go.mod, outside vendor/ and testdata/ trees. */
    private static List<Path> moduleRoots(Path src) throws IOException {
        try (Stream<Path> files = Files.walk(src)) {
            return files.filter(p -> p.getFileName().toString().equals("go.mod") && Files.isRegularFile(p))
                    .filter(p -> !src.relativize(p).toString().matches("(.*/)?(vendor|testdata|_[^/]*)/.*"))
                    .map(Path::getParent).sorted().toList();
        }
    }

    /** Modules that require something and that distpolicy can read. */
    private static List<Path> sample(List<Path> roots, Options options) {
        List<Path> candidates = new ArrayList<>();
        for (Path root : roots) {
            try {
                if (!GoModParser.parse(Files.readString(root.resolve("go.mod"))).requires().isEmpty()) {
                    candidates.add(root);
                }
            } catch (IOException | ManifestException e) {
                // not a candidate: the synthetic trees need a go.mod both sides read
            }
        }
        Collections.shuffle(candidates, new Random(options.seed()));
        return candidates.subList(0, Math.min(options.sample(), candidates.size()));
    }

    private static Case realTree(Path root, Path src, GoListProbe probe, Path scratch) throws Exception {
        Path copy = Files.createTempDirectory(scratch, "real-");
        try {
            copyTree(root.resolve("go.mod"), copy.resolve("go.mod"));
            copyTree(root.resolve("vendor"), copy.resolve("vendor"));
            return judge(src.relativize(root).toString(), "shipped", copy, probe);
        } finally {
            deleteTree(copy);
        }
    }

    private static List<Case> synthetic(Path root, Path src, VendorVariants variants, GoListProbe probe, Path scratch) throws Exception {
        List<Case> cases = new ArrayList<>();
        for (VendorVariants.Variant v : variants.of(Files.readString(root.resolve("go.mod")))) {
            Path dir = Files.createTempDirectory(scratch, "variant-");
            try {
                Files.writeString(dir.resolve("go.mod"), v.goMod());
                Files.createDirectories(dir.resolve("vendor"));
                if (v.modulesTxt() != null) {
                    Files.writeString(dir.resolve("vendor/modules.txt"), v.modulesTxt());
                }
                for (Map.Entry<String, byte[]> f : v.vendorFiles().entrySet()) {
                    Path target = dir.resolve("vendor").resolve(f.getKey());
                    Files.createDirectories(target.getParent());
                    Files.write(target, f.getValue());
                }
                cases.add(judge(src.relativize(root).toString(), v.name(), dir, probe));
            } finally {
                deleteTree(dir);
            }
        }
        return cases;
    }

    private static Case judge(String tree, String variant, Path dir, GoListProbe probe) throws Exception {
        GoListProbe.Verdict go = probe.check(dir);
        List<FileEntry> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).map(p -> new FileEntry(dir.relativize(p).toString(), 0, "")).toList();
        }
        try {
            GoModFile goMod = GoModParser.parse(Files.readString(dir.resolve("go.mod")));
            Path txt = dir.resolve("vendor/modules.txt");
            ModulesTxt modulesTxt = Files.exists(txt) ? ModulesTxt.parse(new String(Files.readAllBytes(txt), StandardCharsets.UTF_8)) : null;
            return new Case(tree, variant, go, VendorConsistency.check(goMod, modulesTxt, files), null);
        } catch (ManifestException e) {
            return new Case(tree, variant, go, null, e.getMessage());
        }
    }

    private static void write(Path out, List<Case> real, List<Case> synthetic, int roots, Options options) throws IOException {
        List<Case> all = new ArrayList<>(real);
        all.addAll(synthetic);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("agreement.tsv"), StandardCharsets.UTF_8))) {
            w.println("tree\tvariant\tgo\tdistpolicy\tagree\tgo_first_line\tdistpolicy_cmd_go\tdistpolicy_vendor_tree");
            for (Case c : all) {
                w.println(String.join("\t", c.tree(), c.variant(), c.go().outcome().name().toLowerCase(),
                        c.distpolicy() == null ? "unreadable" : c.distpolicyInconsistent() ? "inconsistent" : "consistent",
                        !c.compared() ? "excluded" : c.agree() ? "yes" : "no", tsv(c.go().firstLine()),
                        tsv(messages(c, Inconsistency.Source.CMD_GO)), tsv(messages(c, Inconsistency.Source.VENDOR_TREE))));
            }
        }
        StringBuilder s = new StringBuilder("# distpolicy vs go: inconsistent vendoring\n\n");
        s.append(String.format("`%s` (go list -mod=vendor -m, offline); archive %s: %d module trees; sample %d, seed %d.%n%n",
                options.go(), options.src(), roots, options.sample(), options.seed()));
        summarize(s, "Trees the archive ships with vendor/", real);
        summarize(s, "Synthetic vendor trees", synthetic);
        Files.writeString(out.resolve("summary.md"), s.toString(), StandardCharsets.UTF_8);
        System.err.print(s);
    }

    private static void summarize(StringBuilder s, String title, List<Case> cases) {
        List<Case> compared = cases.stream().filter(Case::compared).toList();
        long agree = compared.stream().filter(Case::agree).count();
        s.append("## ").append(title).append("\n\n");
        s.append(String.format("Cases: %d; compared: %d; agree: %d (%.2f %%); excluded: %d.%n%n", cases.size(), compared.size(), agree,
                compared.isEmpty() ? 0 : 100.0 * agree / compared.size(), cases.size() - compared.size()));
        s.append("| variant | compared | go inconsistent | distpolicy inconsistent | agree |\n|---|---:|---:|---:|---:|\n");
        Map<String, List<Case>> byVariant = new TreeMap<>(compared.stream().collect(Collectors.groupingBy(Case::variant)));
        byVariant.forEach((variant, list) -> s.append(String.format("| %s | %d | %d | %d | %d |%n", variant, list.size(),
                list.stream().filter(c -> c.go().outcome() == GoListProbe.Outcome.INCONSISTENT).count(),
                list.stream().filter(Case::distpolicyInconsistent).count(), list.stream().filter(Case::agree).count())));
        s.append("\n### Disagreements\n\n");
        compared.stream().filter(c -> !c.agree()).forEach(c -> s.append("- `").append(c.tree()).append("` ").append(c.variant())
                .append(": go ").append(c.go().outcome().name().toLowerCase()).append(" (").append(c.go().firstLine().replace("|", "\\|"))
                .append("); distpolicy: ").append(messages(c, Inconsistency.Source.CMD_GO)).append('\n'));
        s.append("\n### Excluded (go failed for another reason, or distpolicy could not read go.mod)\n\n");
        Map<String, Long> reasons = cases.stream().filter(c -> !c.compared())
                .collect(Collectors.groupingBy(c -> c.distpolicy() == null ? "distpolicy: " + c.distpolicyError()
                        : "go: " + c.go().firstLine().replaceAll("/tmp/\\S+", "…").replaceAll("go [0-9.]+\\S*", "go X"), TreeMap::new, Collectors.counting()));
        reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> s.append("- ").append(e.getValue()).append(" × ").append(e.getKey()).append('\n'));
        s.append('\n');
    }

    private static String messages(Case c, Inconsistency.Source source) {
        return c.distpolicy() == null ? "" : c.distpolicy().stream().filter(i -> i.source() == source)
                .map(Inconsistency::message).collect(Collectors.joining(" | "));
    }

    private static String tsv(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(p)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        }
    }
}
