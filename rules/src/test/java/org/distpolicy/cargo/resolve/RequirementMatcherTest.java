package org.distpolicy.cargo.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.distpolicy.resolve.BrokenCause;
import org.distpolicy.resolve.Capability;
import org.distpolicy.resolve.DependencyKind;
import org.distpolicy.resolve.ProvidedVersion;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.resolve.Verdict;
import org.junit.jupiter.api.Test;

class RequirementMatcherTest {
    private static Requirement needs(String crate, String feature, String req) {
        return new Requirement("a.crate", "app", "1.0.0", Capability.crate("app", null), crate, Capability.crate(crate, feature), req,
                DependencyKind.NORMAL, false, false, null);
    }

    private static final List<ProvidedVersion> SERDE = List.of(
            new ProvidedVersion("serde", "1.0.210", Set.of("default", "std", "derive")),
            new ProvidedVersion("serde", "0.9.15", Set.of("default", "std")));

    @Test
    void satisfiedByEveryMatchingVersionProvidingTheFeature() {
        Verdict verdict = RequirementMatcher.judge(needs("serde", "std", "*"), SERDE);
        assertEquals(Verdict.Status.SATISFIED, verdict.status());
        assertEquals(Set.of("serde@1.0.210#crate(serde/std)", "serde@0.9.15#crate(serde/std)"), Set.copyOf(verdict.satisfiers()));
        assertEquals(List.of("serde@1.0.210#crate(serde)"), RequirementMatcher.judge(needs("serde", null, "1.0.56"), SERDE).satisfiers());
    }

    @Test
    void missingCrate() {
        assertEquals(Verdict.Status.MISSING, RequirementMatcher.judge(needs("serde", null, "1"), List.of()).status());
    }

    @Test
    void noMatchingVersionListsWhatExists() {
        Verdict verdict = RequirementMatcher.judge(needs("serde", null, "^2"), SERDE);
        assertEquals(Verdict.Status.NO_MATCHING_VERSION, verdict.status());
        assertEquals("archived: 0.9.15, 1.0.210", verdict.detail());
        assertTrue(RequirementMatcher.judge(needs("serde", null, "not a req"), SERDE).detail().startsWith("invalid version requirement"));
    }

    @Test
    void missingFeatureInTheMatchingVersions() {
        Verdict verdict = RequirementMatcher.judge(needs("serde", "derive", "0.9"), SERDE);
        assertEquals(Verdict.Status.MISSING_FEATURE, verdict.status());
        assertTrue(verdict.detail().contains("0.9.15") && verdict.detail().contains("derive"), verdict.detail());
    }

    @Test
    void preReleasesMatchOnlyWhenAsked() {
        List<ProvidedVersion> beta = List.of(new ProvidedVersion("x", "2.0.0-beta.1", Set.of("default")));
        assertEquals(Verdict.Status.NO_MATCHING_VERSION, RequirementMatcher.judge(needs("x", null, ">=1.0"), beta).status());
        assertEquals(Verdict.Status.SATISFIED, RequirementMatcher.judge(needs("x", null, "2.0.0-beta.1"), beta).status());
    }
}
