package org.distpolicy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.distpolicy.rules.Ecosystem;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.cargo.CargoMissingCrate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code [maintainers] file}: a CSV a distro exports from its package database, after the [[maintainer]] entries. */
class MaintainersFileTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String POLICY = """
            [[maintainer]]
            package = "serde*"
            email = "serde-team@example.org"

            [maintainers]
            file = "maintainers.csv"
            """;
    private static final String DEBIAN_EXPORT = """
            # from datasets/debian/maintainers.sh
            package,email,name
            serde_json,pkg-rust-maintainers@alioth-lists.debian.net,Debian Rust Maintainers
            github.com/spf13/cobra,team+pkg-go@tracker.debian.org,"Debian Go Packaging Team, via tracker"
            uuid,rust-sig@example.org,
            """;

    @TempDir
    Path dir;

    @Test
    void rowsMapPackagesToMaintainersAfterTheTomlEntries() throws Exception {
        Policy policy = policy(POLICY, DEBIAN_EXPORT);

        assertEquals("serde-team@example.org", maintainerOf(policy, "serde_json"), "[[maintainer]] entries come first");
        assertEquals("Debian Go Packaging Team, via tracker <team+pkg-go@tracker.debian.org>", maintainerOf(policy, "github.com/spf13/cobra"));
        assertEquals("rust-sig@example.org", maintainerOf(policy, "uuid"), "an empty name is no name");
        assertEquals(null, maintainerOf(policy, "rand"));
    }

    @Test
    void editingTheFileChangesThePolicyDigest() throws Exception {
        String before = policy(POLICY, DEBIAN_EXPORT).digest();
        String after = policy(POLICY, DEBIAN_EXPORT + "rand,rand@example.org,\n").digest();

        assertNotEquals(before, after);
    }

    @Test
    void problemsNameTheCsvFileAndLine() throws Exception {
        assertEquals(dir.resolve("maintainers.csv") + ":4:1: email wants an email address, not \"nobody\"",
                error(POLICY, "# exported\npackage,email\nuuid,rust-sig@example.org\nrand,nobody\n"));
        assertEquals(dir.resolve("maintainers.csv") + ":1:1: unknown column \"mail\" (package, email and name are known)",
                error(POLICY, "package,mail\nuuid,rust-sig@example.org\n"));
        assertEquals(dir.resolve("maintainers.csv") + ":3:1: package is missing",
                error(POLICY, "package,email\nuuid,rust-sig@example.org\n,rand@example.org\n"));
    }

    @Test
    void aMissingFileIsAnErrorAtTheKey() throws Exception {
        Files.writeString(dir.resolve("policy.toml"), "[maintainers]\nfile = \"nowhere.csv\"\n");

        String message = assertThrows(PolicyException.class, () -> PolicyParser.read(dir.resolve("policy.toml"))).describe("policy.toml");

        assertEquals(true, message.startsWith("policy.toml:2:1: maintainers.file: cannot read "), message);
    }

    @Test
    void aPolicyGivenAsTextCannotNameAFile() {
        String message = assertThrows(PolicyException.class, () -> PolicyParser.parse(POLICY)).describe("policy.toml");

        assertEquals(true, message.contains("maintainers.file: names a file, but this policy was not read from a file"), message);
    }

    private Policy policy(String toml, String csv) throws IOException, PolicyException {
        Files.writeString(dir.resolve("policy.toml"), toml);
        Files.writeString(dir.resolve("maintainers.csv"), csv);
        return PolicyParser.read(dir.resolve("policy.toml"));
    }

    private String error(String toml, String csv) throws IOException {
        Files.writeString(dir.resolve("policy.toml"), toml);
        Files.writeString(dir.resolve("maintainers.csv"), csv);
        return assertThrows(PolicyException.class, () -> PolicyParser.read(dir.resolve("policy.toml"))).describe("policy.toml");
    }

    private static String maintainerOf(Policy policy, String packageName) {
        Finding finding = Finding.of(CargoMissingCrate.INSTANCE, Ecosystem.CARGO, packageName, "1.0.0", null, "m", "a", "k");
        return policy.apply(finding, TODAY).orElseThrow().maintainer();
    }
}
