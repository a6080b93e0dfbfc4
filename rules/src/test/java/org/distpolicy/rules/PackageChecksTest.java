package org.distpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.distpolicy.archive.ArtifactKind;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.cargo.CargoManifest;
import org.distpolicy.cargo.CargoManifestParser;
import org.distpolicy.facts.CrateFacts;
import org.distpolicy.facts.NestedManifests;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.resolve.ResolutionInput;
import org.junit.jupiter.api.Test;

/** A check that throws on one package becomes that package's artifact/check-failed finding, and the rest still runs. */
class PackageChecksTest {
    private static final DistroProfile DEFAULT_PROFILE =
            new DistroProfile(DistroProfile.DEFAULT_RUSTC, DistroProfile.DEFAULT_GO, DistroProfile.DEFAULT_TARGETS);
    private static final String PATH_DEPENDENT = """
            [package]
            name = "rsass-macros"
            version = "0.29.0"
            edition = "2021"

            [dependencies.rsass]
            path = "../rsass"
            version = "0.29.0"
            """;

    private static final CrateRule THROWING = new CrateRule("cargo/test-only-throwing", Severity.ERROR, "throws", "Example: none.", "none") {
        @Override
        public List<Finding> check(CrateFacts crate) {
            throw new IllegalStateException("feature table shape not foreseen");
        }
    };

    @Test
    void aThrowingRuleBecomesAFindingAndTheOtherRulesStillReport() throws ManifestException {
        CrateFacts crate = crate(PATH_DEPENDENT);
        List<CrateRule> rules = new ArrayList<>(RuleCatalogue.crateRules());
        rules.add(0, THROWING);

        List<Finding> findings = PackageChecks.check(crate, rules, RuleCatalogue.goModuleRules());

        Finding failed = findings.stream().filter(f -> f.rule().equals("artifact/check-failed")).findFirst().orElseThrow();
        assertEquals("cargo/test-only-throwing", failed.subject());
        assertEquals("rsass-macros", failed.packageName());
        assertEquals("crates/rsass-macros-0.29.0.crate", failed.artifact());
        assertTrue(failed.message().contains("feature table shape not foreseen"), failed.message());
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("cargo/path-dependency")), findings.toString());
    }

    @Test
    void wellBehavedRulesReportNoCheckFailure() throws ManifestException {
        List<Finding> findings = PackageChecks.check(crate(PATH_DEPENDENT));

        assertFalse(findings.isEmpty());
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals("artifact/check-failed")), findings.toString());
    }

    @Test
    void aResolutionInputThatCannotBeBuiltTakesPartWithItsFindingOnly() throws ManifestException {
        CrateFacts withoutManifest = new CrateFacts(ref("serde_json", "1.0.140"), "serde_json", "1.0.140", List.of(), null, null, NestedManifests.NONE);

        ResolutionInput input = new ResolutionInputs(DEFAULT_PROFILE).of(withoutManifest).orElseThrow();

        assertTrue(input.provides().isEmpty());
        assertTrue(input.requirements().isEmpty());
        assertEquals(1, input.findings().size());
        Finding failed = input.findings().get(0);
        assertEquals("artifact/check-failed", failed.rule());
        assertEquals(ResolutionInputs.RESOLUTION_CHECK, failed.subject());
        assertTrue(failed.message().contains("NullPointerException"), failed.message());
    }

    @Test
    void aWellFormedCrateBuildsItsResolutionInput() throws ManifestException {
        ResolutionInput input = new ResolutionInputs(DEFAULT_PROFILE).of(crate(PATH_DEPENDENT)).orElseThrow();

        assertFalse(input.provides().isEmpty());
        assertTrue(input.findings().stream().noneMatch(f -> f.rule().equals("artifact/check-failed")));
    }

    private static CrateFacts crate(String cargoToml) throws ManifestException {
        CargoManifest manifest = CargoManifestParser.parse(cargoToml.getBytes(StandardCharsets.UTF_8));
        String name = manifest.pkg().name();
        String version = manifest.pkg().version();
        return new CrateFacts(ref(name, version), name, version, List.of(), manifest, null, NestedManifests.NONE);
    }

    private static ArtifactRef ref(String name, String version) {
        return new ArtifactRef("crates/" + name + "-" + version + ".crate", ArtifactKind.CRATE, 1, 1, name, version, List.of());
    }
}
