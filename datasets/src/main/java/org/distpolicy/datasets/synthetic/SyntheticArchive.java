package org.distpolicy.datasets.synthetic;

import static org.distpolicy.datasets.Entry.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.distpolicy.datasets.PackageWriter;

/**
 * A crates.io-shaped archive of any size with the findings it must produce: {@code distpolicy
 * generate}. The same seed gives the same bytes (fixed times and owners, entries in a fixed
 * order), whatever the number of threads writing it.
 *
 * <p>Layout below the output directory: {@value #ARCHIVE}/ with crates/*.crate, goproxy/ (module
 * proxy releases), gocode/src/ (GOPATH trees) and one stray README.txt; beside it, outside the
 * archive, {@value GroundTruth#FILE_NAME}.
 */
public final class SyntheticArchive {
    /** The archive's directory below the output directory. */
    public static final String ARCHIVE = "archive";
    /** Share of package versions that get one injected problem. */
    public static final double DEFAULT_PROBLEM_RATE = 0.03;
    /** One damaged artifact per this many crates, at least one of each {@link Damage}. */
    private static final int CRATES_PER_DAMAGED = 400;
    private static final String STRAY_FILE_RULE = "artifact/unrecognized";

    /** What makes an artifact one the readers must survive, and the rule that reports it. */
    private enum Damage {
        TRUNCATED("artifact/unreadable"), UNPARSEABLE_MANIFEST("artifact/bad-manifest"), UNSAFE_ENTRY("artifact/unsafe-entry"),
        DECOMPRESSION_BOMB("artifact/limit-exceeded");

        final String rule;

        Damage(String rule) {
            this.rule = rule;
        }
    }

    /** Every rule a generated archive has findings of (given enough packages and problems), sorted. */
    public static final List<String> INJECTED_RULES = Stream.of(SyntheticCrates.RULES.stream(), SyntheticGoModules.RULES.stream(),
            Arrays.stream(Damage.values()).map(d -> d.rule), Stream.of(STRAY_FILE_RULE)).flatMap(s -> s).sorted().toList();

    /** What was written. */
    public record Summary(int crateVersions, int goModuleVersions, int damaged, int artifacts, int expectedFindings) {
    }

    private SyntheticArchive() {
    }

    public static Summary write(Path out, int crates, int goModules, long seed) throws IOException {
        return write(out, crates, goModules, seed, DEFAULT_PROBLEM_RATE);
    }

    public static Summary write(Path out, int crates, int goModules, long seed, double problemRate) throws IOException {
        Path archive = out.resolve(ARCHIVE);
        if (Files.exists(archive) || Files.exists(out.resolve(GroundTruth.FILE_NAME))) {
            throw new IOException(out + " already holds a generated archive; choose an empty directory");
        }
        SyntheticCrates crateModel = new SyntheticCrates(crates, seed, problemRate);
        SyntheticGoModules goModel = new SyntheticGoModules(goModules, seed ^ 0x5DEECE66DL, problemRate);
        GroundTruth truth = new GroundTruth();
        crateModel.truth(truth);
        goModel.truth(truth);

        Path crateDir = archive.resolve("crates");
        Path proxy = archive.resolve("goproxy");
        Path gopath = archive.resolve("gocode/src");
        Files.createDirectories(crateDir);
        List<SyntheticCrates.CrateVersion> crateVersions = crateModel.versions();
        List<SyntheticGoModules.GoModule> goVersions = goModel.versions();
        crateVersions.parallelStream().forEach(c -> unchecked(() -> crateModel.write(crateDir, c)));
        goVersions.parallelStream().forEach(m -> unchecked(() -> goModel.write(proxy, gopath, m)));
        int damaged = Math.max(Damage.values().length, crates / CRATES_PER_DAMAGED);
        for (int i = 0; i < damaged; i++) {
            damaged(crateDir, i, truth);
        }
        PackageWriter.write(archive.resolve("README.txt"), "A synthetic archive written by distpolicy generate; this stray file is itself a finding.\n");
        truth.add(STRAY_FILE_RULE, null, null, null);
        truth.write(out.resolve(GroundTruth.FILE_NAME));
        return new Summary(crateVersions.size(), goVersions.size(), damaged, crateVersions.size() + goVersions.size() + damaged + 1,
                truth.rows().size());
    }

    /** Artifacts the readers must survive: each a finding of its own, and nothing depends on them. */
    private static void damaged(Path crates, int index, GroundTruth truth) throws IOException {
        String name = "damaged-" + index;
        String manifest = "[package]\nname = \"" + name + "\"\nversion = \"0.1.0\"\nedition = \"2021\"\n";
        Damage damage = Damage.values()[index % Damage.values().length];
        switch (damage) {
            case TRUNCATED -> {
                byte[] whole = PackageWriter.crateBytes(name, "0.1.0", List.of(file("Cargo.toml", manifest),
                        file("src/lib.rs", ("// line of a crate cut short in transfer " + index + "\n").repeat(600))));
                PackageWriter.write(crates.resolve(name + "-0.1.0.crate"), Arrays.copyOf(whole, whole.length / 2));
            }
            case UNPARSEABLE_MANIFEST -> PackageWriter.crate(crates, name, "0.1.0",
                    List.of(file("Cargo.toml", "[package\nname = \"" + name + "\"\n"), file("src/lib.rs", "")));
            case UNSAFE_ENTRY -> PackageWriter.tarGz(crates.resolve(name + "-0.1.0.crate"), List.of(file(name + "-0.1.0/Cargo.toml", manifest),
                    file(name + "-0.1.0/../../etc/cron.d/" + name, "* * * * * root true\n")));
            // A disk image of zeros as a test fixture: 2.3 KB that unpack 900 times larger, past the
            // default limit of a 200:1 ratio (checked from 1 MiB unpacked on).
            case DECOMPRESSION_BOMB -> PackageWriter.crate(crates, name, "0.1.0", List.of(file("Cargo.toml", manifest),
                    file("src/lib.rs", "//! Reads disk images.\n"), file("tests/data/blank-disk.img", new byte[2 << 20])));
        }
        truth.add(damage.rule, name, "0.1.0", null);
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void unchecked(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
