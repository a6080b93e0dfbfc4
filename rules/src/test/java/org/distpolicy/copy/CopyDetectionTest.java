package org.distpolicy.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.rules.Ecosystem;
import org.distpolicy.rules.Finding;
import org.junit.jupiter.api.Test;

class CopyDetectionTest {
    private static final String SYS = "goproxy/golang.org/x/sys/@v/v0.15.0.zip";
    private static final String APP = "gocode/src/github.com/example/app";

    private static CopyFile sys(String path) {
        return new CopyFile(SYS, Ecosystem.GO, "golang.org/x/sys", "v0.15.0", path, 4096);
    }

    private static CopyFile app(String path) {
        return new CopyFile(APP, Ecosystem.GO, "github.com/example/app", null, path, 4096);
    }

    @Test
    void tinyFilesLicencesAndPackageMetadataDoNotCount() {
        assertTrue(CountableFiles.countable(new FileEntry("unix/zerrors_linux.go", 90_000, "h")));
        assertFalse(CountableFiles.countable(new FileEntry("unix/doc.go", 200, "h")));
        assertFalse(CountableFiles.countable(new FileEntry("LICENSE", 11_357, "h")));
        assertFalse(CountableFiles.countable(new FileEntry("vendor/golang.org/x/sys/LICENSE-APACHE", 11_357, "h")));
        assertFalse(CountableFiles.countable(new FileEntry("README.md", 5_000, "h")));
        assertFalse(CountableFiles.countable(new FileEntry("Cargo.lock", 50_000, "h")));
        assertFalse(CountableFiles.countable(new FileEntry(".cargo-checksum.json", 9_000, "h")));
        assertTrue(CountableFiles.countable(new FileEntry("src/license_check.rs", 3_000, "h")), "a code file about licences is code");
    }

    @Test
    void theBundlerHoldsTheOriginalsPathBelowADirectory() {
        List<CopyEvidence> evidence = CopyEvidence.among(List.of(app("vendor/golang.org/x/sys/unix/zerrors_linux.go"), sys("unix/zerrors_linux.go")));
        assertEquals(1, evidence.size());
        assertEquals(APP, evidence.get(0).bundler().artifact());
        assertEquals("vendor/golang.org/x/sys/", evidence.get(0).where());
    }

    @Test
    void sameNamedPackagesSamePathsAndCommonStockAreNoEvidence() {
        CopyFile older = new CopyFile("goproxy/golang.org/x/sys/@v/v0.14.0.zip", Ecosystem.GO, "golang.org/x/sys", "v0.14.0",
                "unix/zerrors_linux.go", 4096);
        assertEquals(List.of(), CopyEvidence.among(List.of(sys("unix/zerrors_linux.go"), older)), "two versions of one package");
        assertEquals(List.of(), CopyEvidence.among(List.of(sys("unix/a.go"), app("unix/a.go"))), "no direction: a fork, not a bundle");
        assertEquals(List.of(), CopyEvidence.among(List.of(sys("unix/a.go"), app("x/unix/b.go"))), "another path");
        List<CopyFile> everywhere = new ArrayList<>();
        IntStream.range(0, CopyEvidence.MAX_PACKAGES_PER_CONTENT + 1).forEach(i ->
                everywhere.add(new CopyFile("p" + i, Ecosystem.CARGO, "p" + i, "1.0.0", "third_party/gen/tables.rs", 900)));
        everywhere.add(new CopyFile("gen", Ecosystem.CARGO, "gen", "1.0.0", "gen/tables.rs", 900));
        assertEquals(List.of(), CopyEvidence.among(everywhere));
    }

    @Test
    void aCopyNamesTheOriginalVersionAndShareAndOnlyThreeFilesOrMoreCount() {
        PackagedCopy copy = new PackagedCopy(app("vendor/golang.org/x/sys/unix/a.go"), "vendor/golang.org/x/sys/", SYS,
                "golang.org/x/sys", "v0.15.0", 212, 1_300_000, 640);
        Finding finding = copy.finding();
        assertEquals("copy/packaged-code", finding.rule());
        assertEquals("vendor/golang.org/x/sys/", finding.subject());
        assertEquals("vendor/golang.org/x/sys/ holds 212 files identical to golang.org/x/sys v0.15.0 (" + SYS
                + "): 212 of its 640 files (33%), 1300000 bytes", finding.message());
        assertTrue(copy.meaningful());
        assertFalse(new PackagedCopy(copy.bundler(), copy.where(), SYS, "golang.org/x/sys", "v0.15.0", 2, 8192, 640).meaningful());
        assertTrue(new PackagedCopy(copy.bundler(), "vendored/go4/", SYS, "golang.org/x/sys", "v0.15.0", 4, 8192, 640).meaningful(),
                "a small share in a vendoring directory");
        assertFalse(new PackagedCopy(copy.bundler(), "internal/export/", SYS, "golang.org/x/sys", "v0.15.0", 6, 8192, 545).meaningful(),
                "a small share elsewhere");
        PackagedCopy older = new PackagedCopy(copy.bundler(), copy.where(), "goproxy/golang.org/x/sys/@v/v0.14.0.zip",
                "golang.org/x/sys", "v0.14.0", 180, 1_000_000, 630);
        assertTrue(PackagedCopy.BEST.compare(copy, older) > 0, "the version with more identical files is the one copied");
        assertEquals(copy.finding().fingerprint(), new PackagedCopy(copy.bundler(), copy.where(), SYS, "golang.org/x/sys", "v0.16.0",
                230, 1_400_000, 650).finding().fingerprint(), "a newer original next night is the same problem");
    }
}
