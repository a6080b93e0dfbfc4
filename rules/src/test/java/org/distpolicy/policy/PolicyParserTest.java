package org.distpolicy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distpolicy.archive.ReadLimits;
import org.distpolicy.rules.DistroProfile;
import org.distpolicy.rules.Severity;
import org.junit.jupiter.api.Test;

class PolicyParserTest {
    private static final Path SAMPLE = Path.of("..", "datasets", "sample", "policy.toml");

    private static String error(String toml) {
        return assertThrows(PolicyException.class, () -> PolicyParser.parse(toml)).describe("policy.toml");
    }

    @Test
    void theSamplePolicyFileSetsEverySection() throws Exception {
        byte[] bytes = Files.readAllBytes(SAMPLE);
        Policy policy = PolicyParser.parse(bytes);

        assertEquals(new DistroSettings("sample-linux 1", "1.85.0", "1.24",
                List.of("x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu")), policy.distro());
        assertEquals(new ReadLimits(2L << 30, 200_000, 200, ReadLimits.defaults().maxCapturedBytes()), policy.limits());
        assertEquals(Map.of("cargo/patch-section", Severity.ERROR), policy.severities());
        assertEquals(Set.of("artifact/unrecognized"), policy.disabledRules());
        assertEquals(List.of(new Waiver("go/vendored-dependencies", new Glob("github.com/example/vendored"), Glob.ANY, Glob.ANY,
                "vendored until its dependencies are packaged, see bug 1234", LocalDate.of(2027, 6, 30), 21)), policy.waivers());
        assertEquals(List.of(
                new Maintainer(new Glob("github.com/example/*"), "go-team@example.org", "Go Team"),
                new Maintainer(Glob.ANY, "qa@example.org", null)), policy.maintainers());
        assertEquals(new NotifySettings("distpolicy <qa@example.org>", List.of(7L, 28L), List.of("someone@example.org"), 500),
                policy.notifications());
        assertEquals(30, policy.keepRuns());
        assertEquals(64, policy.digest().length(), "sha256 of the bytes on disk");
        assertEquals(policy.digest(), PolicyParser.parse(bytes).digest());
    }

    @Test
    void anEmptyFileIsTheDefaultPolicyButForItsDigest() throws Exception {
        Policy empty = PolicyParser.parse("# nothing to say\n");
        Policy defaults = Policy.defaults();
        assertEquals(DistroSettings.DEFAULTS, empty.distro());
        assertEquals(new DistroSettings("", DistroProfile.DEFAULT_RUSTC, DistroProfile.DEFAULT_GO, DistroProfile.DEFAULT_TARGETS),
                empty.distro());
        assertEquals(ReadLimits.defaults(), empty.limits());
        assertEquals(new NotifySettings(null, List.of(7L, 28L), List.of(), 500), empty.notifications());
        assertEquals(30, empty.keepRuns());
        assertEquals(defaults, new Policy("default", empty.distro(), empty.limits(), empty.severities(), empty.disabledRules(),
                empty.waivers(), empty.maintainers(), empty.notifications(), empty.keepRuns(), empty.gateBlockOn()));
        assertEquals(Severity.ERROR, empty.gateBlockOn());
        assertNotEquals("default", empty.digest());
        assertEquals("default", defaults.digest());
    }

    @Test
    void theGateBlocksFromTheSeverityTheGateSectionSays() throws Exception {
        assertEquals(Severity.WARNING, PolicyParser.parse("[gate]\nblock-on = \"warning\"\n").gateBlockOn());
        PolicyException bad = assertThrows(PolicyException.class, () -> PolicyParser.parse("[gate]\nblock-on = \"fatal\"\n"));
        assertTrue(bad.describe("policy.toml").contains("gate.block-on"), bad.describe("policy.toml"));
        assertThrows(PolicyException.class, () -> PolicyParser.parse("[gate]\nblock = \"error\"\n"));
    }

    @Test
    void sizesTakeBinaryUnitsOrPlainNumbers() throws Exception {
        assertEquals(512L << 20, PolicyParser.parse("[limits]\nmax-unpacked-bytes = \"512MiB\"\n").limits().maxUnpackedBytes());
        assertEquals(64L << 10, PolicyParser.parse("[limits]\nmax-unpacked-bytes = \"64KiB\"\n").limits().maxUnpackedBytes());
        assertEquals(1000, PolicyParser.parse("[limits]\nmax-unpacked-bytes = 1000\n").limits().maxUnpackedBytes());
        assertEquals(1000, PolicyParser.parse("[limits]\nmax-unpacked-bytes = \"1000\"\n").limits().maxUnpackedBytes());
        assertEquals("policy.toml:2:1: limits.max-unpacked-bytes: wants a size such as \"2GiB\", \"512MiB\", \"64KiB\" or a number of bytes, not \"2GB\"",
                error("[limits]\nmax-unpacked-bytes = \"2GB\"\n"));
        assertEquals("policy.toml:2:1: limits.max-unpacked-bytes: must be positive, not 0", error("[limits]\nmax-unpacked-bytes = 0\n"));
    }

    @Test
    void anUnknownKeyNamesItsKeyAndLine() {
        assertEquals("policy.toml:5:1: waiver[0].reasn: unknown key", error("""
                [[waiver]]
                rule = "go/vendored-dependencies"
                package = "github.com/openshift/*"
                reason = "bug 1234"
                reasn = "typo"
                """));
        assertEquals("policy.toml:3:1: distro.rust: unknown key", error("[distro]\nname = \"x\"\nrust = \"1.80.0\"\n"));
        assertEquals("policy.toml:1:1: waivers: unknown key", error("[waivers]\nrule = \"x\"\n"));
        assertEquals("policy.toml:2:1: rules.'cargo/patch-section'.level: unknown key",
                error("[rules.\"cargo/patch-section\"]\nlevel = \"off\"\n"));
    }

    @Test
    void aWrongTypeNamesWhatWasExpected() {
        assertEquals("policy.toml:2:1: limits.max-entries: expected a positive integer, found a string",
                error("[limits]\nmax-entries = \"many\"\n"));
        assertEquals("policy.toml:2:1: distro.targets: expected an array of strings, found a string",
                error("[distro]\ntargets = \"x86_64-unknown-linux-gnu\"\n"));
        assertEquals("policy.toml:1:1: history: expected a table, found an integer", error("history = 30\n"));
        assertEquals("policy.toml:2:25: notify.remind-after-days[1]: expected a positive integer, found a string",
                error("[notify]\nremind-after-days = [7, \"28\"]\n"));
    }

    @Test
    void datesAreTomlLocalDates() {
        String waiver = "[[waiver]]\nrule = \"go/local-replace\"\npackage = \"*\"\nreason = \"r\"\n";
        assertEquals("policy.toml:5:1: waiver[0].expires: expected a local date such as 2027-06-30, found a string",
                error(waiver + "expires = \"2027-06-30\"\n"));
        assertEquals("policy.toml:5:1: waiver[0].expires: expected a local date such as 2027-06-30, found a date-time",
                error(waiver + "expires = 2027-06-30T12:00:00\n"));
        assertEquals("policy.toml:5:11: invalid TOML: invalid date-time 2027-13-45", error(waiver + "expires = 2027-13-45\n"));
    }

    @Test
    void rulesAndSeveritiesMustExist() {
        assertEquals("policy.toml:1:1: rules.'cargo/patch-sections': unknown rule id",
                error("[rules.\"cargo/patch-sections\"]\nseverity = \"off\"\n"));
        assertEquals("policy.toml:2:1: rules.'cargo/patch-section'.severity: wants \"error\", \"warning\", \"info\" or \"off\", not \"fatal\"",
                error("[rules.\"cargo/patch-section\"]\nseverity = \"fatal\"\n"));
        assertEquals("policy.toml:2:1: waiver[0].rule: unknown rule id \"go/vendored\"",
                error("[[waiver]]\nrule = \"go/vendored\"\npackage = \"*\"\nreason = \"r\"\n"));
    }

    @Test
    void aWaiverNeedsARuleAPackageAndAReason() {
        assertEquals("policy.toml:1:1: waiver[0]: missing required key reason",
                error("[[waiver]]\nrule = \"go/local-replace\"\npackage = \"*\"\n"));
        assertEquals("policy.toml:4:1: waiver[0].reason: must not be empty",
                error("[[waiver]]\nrule = \"go/local-replace\"\npackage = \"*\"\nreason = \" \"\n"));
        assertEquals("policy.toml:5:1: waiver[1]: missing required key package",
                error("[[waiver]]\nrule = \"go/local-replace\"\npackage = \"*\"\nreason = \"r\"\n[[waiver]]\nrule = \"go/local-replace\"\n"));
    }

    @Test
    void theDistroIsChecked() {
        assertEquals("policy.toml:2:1: distro.go: wants a Go release such as 1.24, not 'go one'", error("[distro]\ngo = \"go one\"\n"));
        assertEquals("policy.toml:2:1: distro.rustc: wants a rustc version such as 1.85.0, not 'latest'", error("[distro]\nrustc = \"latest\"\n"));
        assertEquals("policy.toml:2:12: distro.targets[0]: unknown target triple 'x86_64-linux'", error("[distro]\ntargets = [\"x86_64-linux\"]\n"));
    }

    @Test
    void notifyAndHistoryAreChecked() throws Exception {
        assertEquals("policy.toml:2:1: notify.from: wants an email address, not \"qa at example.org\"",
                error("[notify]\nfrom = \"qa at example.org\"\n"));
        assertEquals("policy.toml:2:26: notify.remind-after-days[1]: must be ascending", error("[notify]\nremind-after-days = [28, 7]\n"));
        assertEquals("policy.toml:2:1: history.keep-runs: must be positive, not 0", error("[history]\nkeep-runs = 0\n"));
        assertEquals("policy.toml:2:1: maintainer[0].email: wants an email address, not \"Rust SIG <rust@example.org>\"",
                error("[[maintainer]]\nemail = \"Rust SIG <rust@example.org>\"\npackage = \"*\"\n"));
        assertEquals(7, PolicyParser.parse("[history]\nkeep-runs = 7\n").keepRuns());
    }

    @Test
    void malformedTomlGivesTheParsersPosition() {
        assertEquals("policy.toml:2:21: invalid TOML: Newline not permitted here", error("[distro]\nname = \"unterminated\n"));
        assertEquals("policy.toml:1:2: invalid UTF-8 at byte offset 1 (line 1)",
                assertThrows(PolicyException.class, () -> PolicyParser.parse("#\u00e9".getBytes(StandardCharsets.ISO_8859_1)))
                        .describe("policy.toml"));
    }

    @Test
    void aNamelessMaintainerIsItsEmail() throws IOException, PolicyException {
        Policy policy = PolicyParser.parse("[[maintainer]]\npackage = \"*\"\nemail = \"qa@example.org\"\n");
        assertNull(policy.maintainers().get(0).name());
        assertEquals("qa@example.org", policy.maintainers().get(0).address());
    }
}
