package org.distpolicy.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.distpolicy.datasets.Entry;
import org.distpolicy.datasets.PackageWriter;

/** What tests of consecutive nightlies share: a one-manifest crate and a nightly run through the command line. */
final class Nightlies {
    private Nightlies() {
    }

    static void crate(Path archive, String name, String version, String dependencies) throws IOException {
        PackageWriter.crate(archive, name, version, List.of(Entry.file("Cargo.toml", """
                [package]
                name = "%s"
                version = "%s"
                edition = "2021"

                [dependencies]
                %s
                """.formatted(name, version, dependencies)), Entry.file("src/lib.rs", "")));
    }

    /** The exit code of {@code nightly} over the archive into the reports directory. */
    static int run(Path archive, Path reports, String... extra) {
        String[] args = Stream.concat(Stream.of("nightly", "--archive", archive.toString(), "--reports", reports.toString()), Stream.of(extra))
                .toArray(String[]::new);
        return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
