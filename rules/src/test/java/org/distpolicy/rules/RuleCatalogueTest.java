package org.distpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {
    @Test
    void everyRuleHasAUniqueWellFormedIdAndItsDocumentation() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : RuleCatalogue.all()) {
            assertTrue(ids.add(rule.id()), "duplicate " + rule.id());
            assertTrue(rule.id().matches("(artifact|cargo|go|copy|archive|policy)/[a-z]+(-[a-z]+)*"), rule.id());
            assertFalse(rule.summary().isBlank(), rule.id());
            assertTrue(rule.rationale().contains("Example") || rule.rationale().contains("example"), rule.id() + " rationale has an example");
            assertFalse(rule.fix().isBlank(), rule.id());
            assertEquals(rule, RuleCatalogue.find(rule.id()).orElseThrow());
        }
        assertEquals(Set.of(
                "artifact/unreadable", "artifact/unsafe-entry", "artifact/limit-exceeded", "artifact/bad-manifest",
                "artifact/unrecognized", "artifact/check-failed", "cargo/path-dependency", "cargo/git-dependency", "cargo/foreign-registry",
                "cargo/patch-section", "cargo/unnormalized-manifest", "cargo/nested-package", "cargo/bundled-crate",
                "cargo/bundled-native-library", "go/local-replace", "go/replace-to-fork",
                "go/vendored-dependencies", "go/inconsistent-vendoring",
                "cargo/undefined-feature", "cargo/missing-crate", "cargo/unsatisfiable-version",
                "cargo/missing-dependency-feature", "cargo/broken-transitively", "cargo/dev-dependency-unsatisfiable",
                "cargo/rust-version-too-new", "cargo/resolution-conflict", "go/missing-module", "go/module-too-old",
                "go/missing-package", "go/broken-transitively", "go/go-version-too-new", "copy/packaged-code",
                "policy/expired-waiver"), ids);
    }
}
