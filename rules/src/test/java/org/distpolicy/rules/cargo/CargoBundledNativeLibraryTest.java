package org.distpolicy.rules.cargo;

import static org.distpolicy.datasets.Entry.file;
import static org.distpolicy.rules.cargo.CrateFixtures.scanned;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.distpolicy.datasets.Entry;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CargoBundledNativeLibraryTest {
    private static final String SYS_MANIFEST = """
            [package]
            name = "libz-sys"
            version = "1.1.20"
            links = "z"
            build = "build.rs"
            """;

    @TempDir
    Path dir;

    private static List<Entry> crate(Entry... entries) {
        List<Entry> all = new ArrayList<>(List.of(file("Cargo.toml", SYS_MANIFEST), file("build.rs", "fn main() {}\n"), file("src/lib.rs", "")));
        all.addAll(List.of(entries));
        return all;
    }

    private static Entry source(String path, int bytes) {
        return file(path, "/* " + "x".repeat(bytes - 6) + " */");
    }

    @Test
    void aZlibTreeIsNamedWithItsFilesAndBytes() {
        List<Finding> findings = CargoBundledNativeLibrary.INSTANCE.check(scanned(dir, "libz-sys", "1.1.20", crate(
                source("src/zlib/deflate.c", 1000), source("src/zlib/inflate.c", 1000), source("src/zlib/zlib.h", 1000),
                source("src/zlib/zconf.h", 100), source("src/zlib/adler32.c", 100),
                file("src/zlib/README", "zlib 1.3.1\n"))));
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("src/zlib/", finding.subject());
        assertEquals("bundles zlib: src/zlib/ holds 5 C/C++/assembly files, 3200 bytes", finding.message());
    }

    @Test
    void oneLargeAmalgamationIsALibraryAndUnknownOnesAreNamedByTheirDirectory() {
        List<Finding> findings = CargoBundledNativeLibrary.INSTANCE.check(scanned(dir, "libsqlite3-sys", "0.30.1", crate(
                source("sqlite3/sqlite3.c", 30_000), source("sqlite3/sqlite3.h", 500),
                source("libfoo/a.c", 10), source("libfoo/b.c", 10), source("libfoo/c.c", 10), source("libfoo/d.S", 10), source("libfoo/e.asm", 10))));
        assertEquals(List.of("libfoo/", "sqlite3/"), findings.stream().map(Finding::subject).toList());
        assertEquals("bundles a native library in libfoo/: 5 C/C++/assembly files, 50 bytes", findings.get(0).message());
        assertEquals("bundles sqlite: sqlite3/ holds 2 C/C++/assembly files, 30500 bytes", findings.get(1).message());
    }

    @Test
    void probesShimsAndTestSourcesAreNoLibrary() {
        assertEquals(List.of(), CargoBundledNativeLibrary.INSTANCE.check(scanned(dir, "libz-sys", "1.1.20", crate(
                source("build/probe.c", 200),
                source("src/shim.c", 3000), source("src/shim.h", 400),
                source("tests/c/a.c", 9000), source("tests/c/b.c", 9000), source("tests/c/c.h", 9000),
                source("examples/ffi/a.c", 30_000), source("benches/x.c", 30_000),
                source("src/zlib/zlib.h", 4000), source("src/zlib/README.c.txt", 90_000)))));
    }
}
