package org.distpolicy.rules.cargo;

import static org.distpolicy.datasets.Entry.file;
import static org.distpolicy.rules.cargo.CrateFixtures.scanned;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
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

    private List<Finding> check(Entry... entries) {
        List<Entry> all = new ArrayList<>(List.of(file("Cargo.toml", SYS_MANIFEST), file("build.rs", "fn main() {}\n"), file("src/lib.rs", "")));
        all.addAll(List.of(entries));
        return CargoBundledNativeLibrary.INSTANCE.check(scanned(dir, "libz-sys", "1.1.20", all));
    }

    private static Entry source(String path, int bytes) {
        return file(path, "/* " + "x".repeat(bytes - 6) + " */");
    }

    @Test
    void aZlibTreeIsNamedWithItsFilesAndBytes() {
        List<Finding> findings = check(
                source("src/zlib/deflate.c", 40_000), source("src/zlib/inflate.c", 30_000), source("src/zlib/zlib.h", 2000),
                source("src/zlib/zconf.h", 100), file("src/zlib/README", "zlib 1.3.1\n"));
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("src/zlib/", finding.subject());
        assertEquals("bundles zlib: src/zlib/ holds 4 C/C++/assembly files, 72100 bytes", finding.message());
    }

    @Test
    void amalgamationsSingleHeadersAndUnknownLibrariesNamedByTheirDirectory() {
        List<Finding> findings = check(
                source("sqlite3/sqlite3.c", 60_000), source("sqlite3/sqlite3.h", 6_000),
                source("tz/zic.c", 60_000), source("tz/localtime.c", 60_000), source("tz/private.h", 6_000),
                source("stb_image.h", 140_000),
                source("libfoo/a.c", 20_000), source("libfoo/b.S", 20_000), source("libfoo/c.asm", 20_000), source("libfoo/include/foo.hpp", 6_000));
        assertEquals(List.of("-", "libfoo/", "sqlite3/", "tz/"), findings.stream().map(f -> f.subject() == null ? "-" : f.subject()).toList());
        assertEquals("bundles a native library in the crate root: 1 C/C++/assembly file, 140000 bytes", findings.get(0).message());
        assertEquals("bundles a native library in libfoo/: 4 C/C++/assembly files, 66000 bytes", findings.get(1).message());
        assertEquals("bundles sqlite: sqlite3/ holds 2 C/C++/assembly files, 66000 bytes", findings.get(2).message());
        assertEquals("bundles the IANA tz code: tz/ holds 3 C/C++/assembly files, 126000 bytes", findings.get(3).message());
    }

    @Test
    void probesShimsOwnAssemblyAndTestSourcesAreNoLibrary() {
        List<Entry> entries = new ArrayList<>(List.of(
                source("build/probe.c", 200),
                source("src/shim.c", 3000), source("src/shim.h", 400),
                // a binding's own interface header, however large, is one file (cryptoki-sys' pkcs11.h)
                source("pkcs11.h", 57_000),
                source("tests/c/a.c", 40_000), source("tests/c/b.c", 40_000),
                source("examples/ffi/a.c", 70_000), source("benches/x.c", 70_000), source("nanorand-fuzz/y.c", 70_000),
                source("src/zlib/zlib.h", 4000), source("src/zlib/README.c.txt", 90_000)));
        // psm's stack-switching assembly: 22 files, 40 KiB, all its own
        IntStream.range(0, 22).forEach(i -> entries.add(source("src/arch/arch" + i + ".s", 1800)));
        assertEquals(List.of(), check(entries.toArray(Entry[]::new)));
    }
}
