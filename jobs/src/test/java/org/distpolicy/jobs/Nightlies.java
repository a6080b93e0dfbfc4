package org.distpolicy.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What tests of consecutive nightlies share: a one-manifest crate and a nightly run through the command line. */
final class Nightlies {
    private Nightlies() {
    }

    static void crate(Path archive, String name, String version, String dependencies) throws IOException {
        TestCrates.crate(archive, name, version, "\n[dependencies]\n" + dependencies);
    }

    /** The exit code of {@code nightly} over the archive into the reports directory. */
    static int run(Path archive, Path reports, String... extra) {
        String[] args = Stream.concat(Stream.of("nightly", "--archive", archive.toString(), "--reports", reports.toString()), Stream.of(extra))
                .toArray(String[]::new);
        return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
