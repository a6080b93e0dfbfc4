package org.distpolicy.cargo.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distpolicy.resolve.BrokenCause;
import org.distpolicy.resolve.Capability;
import org.distpolicy.resolve.DependencyKind;
import org.distpolicy.resolve.ProvidedVersion;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.resolve.Verdict;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.junit.jupiter.api.Test;

class CargoResolutionTest {
    private static Requirement req(String feature, String requiredFeature, DependencyKind kind, boolean weak, boolean foreign) {
        return new Requirement("crates/app-1.0.0.crate", "app", "1.0.0", Capability.crate("app", feature), "log",
                Capability.crate("log", requiredFeature), "0.4", kind, weak, foreign, null);
    }

    private static final Verdict MISSING = new Verdict(Verdict.Status.MISSING, List.of(), "no version of log is archived");
    private static final Verdict OLD = new Verdict(Verdict.Status.NO_MATCHING_VERSION, List.of(), "archived: 0.3.9");
    private static final Verdict NO_FEATURE = new Verdict(Verdict.Status.MISSING_FEATURE, List.of(), "matching versions 0.4.20 do not define feature kv");

    @Test
    void hardRequirementsAreErrorsOfClassDistroWithTheRuleOfTheirStatus() {
        Finding missing = CargoResolution.INSTANCE.unmet(req(null, null, DependencyKind.NORMAL, false, false), MISSING);
        assertEquals("cargo/missing-crate", missing.rule());
        assertEquals(Severity.ERROR, missing.severity());
        assertEquals("distro", missing.dependencyClass());
        assertNull(missing.subject());
        assertEquals("cargo/unsatisfiable-version", CargoResolution.INSTANCE.unmet(req(null, null, DependencyKind.BUILD, false, false), OLD).rule());
        Finding feature = CargoResolution.INSTANCE.unmet(req("kv", "kv", DependencyKind.NORMAL, false, false), NO_FEATURE);
        assertEquals("cargo/missing-dependency-feature", feature.rule());
        assertEquals("kv", feature.subject());
    }

    @Test
    void weakForeignAndTestOnlyRequirementsAreWarnings() {
        Finding weak = CargoResolution.INSTANCE.unmet(req("std", "std", DependencyKind.NORMAL, true, false), NO_FEATURE);
        assertEquals(Severity.WARNING, weak.severity());
        assertEquals("weak", weak.dependencyClass());
        Finding foreign = CargoResolution.INSTANCE.unmet(req(null, null, DependencyKind.NORMAL, false, true), MISSING);
        assertEquals(Severity.WARNING, foreign.severity());
        assertEquals("foreign-target", foreign.dependencyClass());
        Finding dev = CargoResolution.INSTANCE.unmet(req(null, null, DependencyKind.DEV, false, false), MISSING);
        assertEquals("cargo/dev-dependency-unsatisfiable", dev.rule());
        assertEquals(Severity.WARNING, dev.severity());
    }

    @Test
    void aMissingDependencyIsOneProblemWhateverFeatureOfItIsAsked() {
        Requirement base = req(null, null, DependencyKind.NORMAL, false, false);
        Requirement defaults = req(null, "default", DependencyKind.NORMAL, false, false);
        assertEquals(CargoResolution.INSTANCE.sameProblem(base, MISSING), CargoResolution.INSTANCE.sameProblem(defaults, MISSING));
        assertEquals(base, CargoResolution.INSTANCE.representative(defaults, base));
        assertNotEquals(CargoResolution.INSTANCE.sameProblem(req(null, "kv", DependencyKind.NORMAL, false, false), NO_FEATURE),
                CargoResolution.INSTANCE.sameProblem(req(null, "std", DependencyKind.NORMAL, false, false), NO_FEATURE));
    }

    @Test
    void wantedIsTheCrateOrTheVersionLineNeverAFeature() {
        Requirement base = req(null, null, DependencyKind.NORMAL, false, false);
        assertEquals("log *", CargoResolution.INSTANCE.wantedKey(base, MISSING));
        assertEquals("log 0.4", CargoResolution.INSTANCE.wantedKey(base, OLD));
        assertNull(CargoResolution.INSTANCE.wantedKey(base, NO_FEATURE));
    }

    @Test
    void transitiveFindingsNameTheRootCauseAndInheritItsClass() {
        BrokenCause root = CargoResolution.INSTANCE.cause(req("kv", "kv", DependencyKind.NORMAL, false, false), NO_FEATURE)
                .via("crate(log/kv)").via("crate(tracing-log)");
        Requirement via = new Requirement("crates/cli-0.1.0.crate", "cli", "0.1.0", Capability.crate("cli", null), "tracing-log",
                Capability.crate("tracing-log", null), "0.2", DependencyKind.NORMAL, false, false, null);
        Finding finding = CargoResolution.INSTANCE.brokenTransitively(via, root);
        assertEquals("cargo/broken-transitively", finding.rule());
        assertEquals("distro", finding.dependencyClass());
        assertTrue(finding.message().contains("via crate(log/kv)"), finding.message());
        assertTrue(finding.message().contains("root cause: app 1.0.0 feature kv"), finding.message());
    }
}
