package org.distpolicy.rules.cargo;

import static org.distpolicy.datasets.Entry.file;
import static org.distpolicy.rules.cargo.CrateFixtures.scanned;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.distpolicy.datasets.Entry;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CargoBundledCrateTest {
    @TempDir
    Path dir;

    private static Entry manifest(String directory, String name, String version, String extra) {
        return file(directory + "Cargo.toml", "[package]\nname = \"" + name + "\"\nversion = \"" + version + "\"\n" + extra);
    }

    private static Entry checksum(String directory) {
        return file(directory + ".cargo-checksum.json", "{\"files\":{},\"package\":\"00\"}\n");
    }

    @Test
    void aVendorTreeIsOneFindingNamingEveryCrateInIt() {
        List<Finding> findings = CargoBundledCrate.INSTANCE.check(scanned(dir, "git-tool", "0.4.0", List.of(
                manifest("", "git-tool", "0.4.0", "links = \"git2\"\n"),
                file("src/lib.rs", ""),
                manifest("vendor/libc/", "libc", "0.2.150", ""), checksum("vendor/libc/"), file("vendor/libc/src/lib.rs", "//"),
                manifest("vendor/cc/", "cc", "1.0.83", ""), checksum("vendor/cc/"), file("vendor/cc/src/lib.rs", "//"),
                manifest("vendor/test-log/", "test-log", "0.2.16", ""),
                // cargo vendor's checksum is enough, whatever the manifest says
                file("vendor/odd/Cargo.toml", "[package\n"), checksum("vendor/odd/"),
                // a vendored crate's own test fixture is part of that crate
                manifest("vendor/cc/tests/fixture/", "fixture", "0.0.0", ""))));
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals("vendor/", finding.subject());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("vendor/ holds 4 crates: cc 1.0.83; libc 0.2.150; odd; test-log 0.2.16 (10 files)", finding.message());
        assertEquals("vendor/", finding.problemKey());
    }

    @Test
    void aNestedPackageOfAnotherNameIsBundledWithWhatItHolds() {
        List<Finding> findings = CargoBundledCrate.INSTANCE.check(scanned(dir, "criterion", "0.3.6", List.of(
                manifest("", "criterion", "0.3.6", ""),
                manifest("plot/", "criterion-plot", "0.4.4", "[dev-dependencies]\nhelper = { path = \"../helper\" }\n"),
                file("plot/src/lib.rs", ""),
                manifest("plot/inner/", "plot-inner", "0.1.0", ""),
                manifest("third_party/zeta/", "zeta", "2.0.0", "[dependencies]\ncriterion = { version = \"0.3.4\", path = \"../..\" }\n"))));
        assertEquals(List.of("plot/", "third_party/zeta/"), findings.stream().map(Finding::subject).toList());
        assertEquals("plot/ holds 2 crates: criterion-plot 0.4.4; plot-inner 0.1.0 (3 files)", findings.get(0).message());
        assertEquals("third_party/zeta/ holds the crate zeta 2.0.0 (1 file)", findings.get(1).message());
    }

    @Test
    void fixturesUnpublishableOrPrivatePackagesAndNonPackagesAreNotBundledCrates() {
        assertEquals(List.of(), CargoBundledCrate.INSTANCE.check(scanned(dir, "system-deps", "6.0.2", List.of(
                manifest("", "system-deps", "6.0.2", ""),
                manifest("src/tests/toml-good/", "testme", "0.1.0", ""),
                manifest("tests/fixtures/broken/", "other", "0.1.0", ""),
                manifest("examples/mbedtls/", "mbedtls-example", "0.1.0", ""),
                manifest("benches/", "bench-helper", "0.1.0", ""),
                manifest("fuzz/", "system-deps-fuzz", "0.0.0", ""), checksum("fuzz/"),
                manifest("testdata/x/", "x", "1.0.0", ""),
                manifest("nanorand-fuzz/", "nanorand-fuzz", "0.0.0", ""),
                manifest("benchmark_tools/", "aHash", "0.1.0", ""),
                manifest("macros/", "system-deps-macros", "0.1.0", "publish = \"nested\"\n"),
                manifest("system-deps-abi/", "system-deps-abi", "6.0.2", "publish = false\n"),
                manifest("compare/", "system-deps-compare", "0.0.1", "[dependencies]\nsystem-deps = { path = \"../\" }\n"),
                manifest("copy/", "system_deps", "6.0.2", ""),
                file("workspace/Cargo.toml", "[workspace]\nmembers = [\"a\"]\n"),
                file("templates/Cargo.toml", "[package]\nname = {{ name }}\n")))));
    }
}
