package org.distpolicy.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.distpolicy.datasets.Entry;
import org.distpolicy.datasets.PackageWriter;

/** Small .crate files for job tests. */
final class TestCrates {
    private TestCrates() {
    }

    /** {@code name-version.crate} whose Cargo.toml holds the given tables (dependencies, features, ...) after its [package]. */
    static void crate(Path archive, String name, String version, String tables) throws IOException {
        PackageWriter.crate(archive, name, version, List.of(Entry.file("Cargo.toml", """
                [package]
                name = "%s"
                version = "%s"
                edition = "2021"
                %s
                """.formatted(name, version, tables)), Entry.file("src/lib.rs", "")));
    }
}
