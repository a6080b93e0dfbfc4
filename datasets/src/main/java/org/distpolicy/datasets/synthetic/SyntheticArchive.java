package org.distpolicy.datasets.synthetic;

import static org.distpolicy.datasets.Entry.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
    /** One damaged artifact (truncated, unparseable manifest, unsafe entry) per this many crates. */
    private static final int CRATES_PER_DAMAGED = 400;

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
        crateVersions.parallelStream().forEach(c -> unchecked(() -> SyntheticCrates.write(crateDir, c)));
        goVersions.parallelStream().forEach(m -> unchecked(() -> goModel.write(proxy, gopath, m)));
        int damaged = Math.max(3, crates / CRATES_PER_DAMAGED);
        for (int i = 0; i < damaged; i++) {
            damaged(crateDir, i, truth);
        }
        PackageWriter.write(archive.resolve("README.txt"), "A synthetic archive written by distpolicy generate; this stray file is itself a finding.\n");
        truth.add("artifact/unrecognized", null, null, null);
        truth.write(out.resolve(GroundTruth.FILE_NAME));
        return new Summary(crateVersions.size(), goVersions.size(), damaged, crateVersions.size() + goVersions.size() + damaged + 1,
                truth.rows().size());
    }

    /** Artifacts the readers must survive: each a finding of its own, and nothing depends on them. */
    private static void damaged(Path crates, int index, GroundTruth truth) throws IOException {
        String name = "damaged-" + index;
        String manifest = "[package]\nname = \"" + name + "\"\nversion = \"0.1.0\"\nedition = \"2021\"\n";
        switch (index % 3) {
            case 0 -> {
                byte[] whole = PackageWriter.crateBytes(name, "0.1.0", List.of(file("Cargo.toml", manifest),
                        file("src/lib.rs", ("// line of a crate cut short in transfer " + index + "\n").repeat(600))));
                PackageWriter.write(crates.resolve(name + "-0.1.0.crate"), Arrays.copyOf(whole, whole.length / 2));
                truth.add("artifact/unreadable", name, "0.1.0", null);
            }
            case 1 -> {
                PackageWriter.crate(crates, name, "0.1.0", List.of(file("Cargo.toml", "[package\nname = \"" + name + "\"\n"), file("src/lib.rs", "")));
                truth.add("artifact/bad-manifest", name, "0.1.0", null);
            }
            default -> {
                PackageWriter.tarGz(crates.resolve(name + "-0.1.0.crate"), List.of(file(name + "-0.1.0/Cargo.toml", manifest),
                        file(name + "-0.1.0/../../etc/cron.d/" + name, "* * * * * root true\n")));
                truth.add("artifact/unsafe-entry", name, "0.1.0", null);
            }
        }
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
