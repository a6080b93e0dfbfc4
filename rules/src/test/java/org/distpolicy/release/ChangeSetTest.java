package org.distpolicy.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.distpolicy.cargo.resolve.CargoResolution;
import org.distpolicy.cargo.resolve.RustVersion;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.resolve.BrokenCause;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.resolve.Verdict;
import org.distpolicy.rules.Ecosystem;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.distpolicy.rules.go.GoMissingPackage;
import org.distpolicy.rules.go.GoVersionTooNew;
import org.junit.jupiter.api.Test;

class ChangeSetTest {
    private static final ChangeSet.WhatIf NONE = ChangeSet.WhatIf.NONE;

    private static PackageVersion crate(String name, String version) {
        return new PackageVersion(Ecosystem.CARGO, name, version);
    }

    private static PackageVersion module(String path, String version) {
        return new PackageVersion(Ecosystem.GO, path, version);
    }

    /** The unmet requirement of {@code owner} on {@code crate} in the archive, with its verdict. */
    private static Map.Entry<Requirement, Verdict> unmet(Manifests archive, String owner, String crate) {
        return archive.judged().entrySet().stream()
                .filter(e -> e.getKey().packageName().equals(owner) && e.getKey().required().name().equals(crate) && !e.getValue().satisfied())
                .findFirst().orElseThrow();
    }

    private static Requirement requirement(Manifests archive, String owner, String crate) {
        return archive.judged().keySet().stream()
                .filter(r -> r.packageName().equals(owner) && r.required().name().equals(crate) && r.required().feature() == null)
                .findFirst().orElseThrow();
    }

    @Test
    void aCandidateVersionReplacesItsSemverLineAndANewMajorIsAddedBeside() {
        ChangeSet changes = ChangeSet.of(
                List.of(crate("serde", "1.0.200"), crate("serde", "0.9.15"), crate("nom", "7.1.3"), module("golang.org/x/net", "v0.20.0")),
                List.of(crate("serde", "1.0.210"), crate("nom", "8.0.0"), module("golang.org/x/net", "v0.30.0"), crate("fresh", "0.1.0")),
                PackageSelector.parseLines("serde@0.9.15\n"));
        assertEquals(List.of("added fresh@0.1.0", "added nom@8.0.0", "updated serde@1.0.210 (was 1.0.200)",
                "updated golang.org/x/net@v0.30.0 (was v0.20.0)", "removed serde@0.9.15"),
                changes.changes().stream().map(ChangeSet.Change::describe).toList());
        assertFalse(changes.keeps(crate("serde", "1.0.200")));
        assertFalse(changes.keeps(crate("serde", "0.9.15")));
        assertTrue(changes.keeps(crate("nom", "7.1.3")), "nom 8 is a new line beside 7");
        assertFalse(changes.keeps(module("golang.org/x/net", "v0.20.0")));
        assertThrows(IllegalArgumentException.class, () -> ChangeSet.of(List.of(crate("serde", "1.0.200")), List.of(),
                PackageSelector.parseLines("serde@1.0.199")));
        assertThrows(IllegalArgumentException.class, () -> PackageSelector.parseLines("serde@"));
    }

    @Test
    void removingADependencyIsBlamedForItsDirectAndTransitiveBreakage() throws ManifestException {
        Manifests candidate = new Manifests()
                .crate("app", "1.0.0", "[dependencies]\nserde = \"1\"\n")
                .crate("tool", "2.0.0", "[dependencies]\napp = \"1\"\n");
        ChangeSet changes = ChangeSet.of(List.of(crate("serde", "1.0.200"), crate("app", "1.0.0"), crate("tool", "2.0.0")),
                List.of(crate("serde", "2.0.0")), PackageSelector.parseLines("serde@1.0.200"));
        Map.Entry<Requirement, Verdict> missing = unmet(candidate, "app", "serde");
        Finding direct = CargoResolution.INSTANCE.unmet(missing.getKey(), missing.getValue());
        assertEquals("cargo/missing-crate", direct.rule());
        assertEquals(Optional.of("removed serde@1.0.200"), changes.blame(direct, NONE), "what took versions away broke it, not serde 2");
        assertEquals(Optional.of("added serde@2.0.0"), changes.credit(direct, NONE), "what brought versions in fixed it");

        Requirement toolNeedsApp = requirement(candidate, "tool", "app");
        BrokenCause cause = CargoResolution.INSTANCE.cause(missing.getKey(), missing.getValue()).via(toolNeedsApp.requiredCapability());
        Finding transitive = CargoResolution.INSTANCE.brokenTransitively(toolNeedsApp, cause);
        assertEquals(Optional.of("removed serde@1.0.200"), changes.blame(transitive, NONE));

        GateEntry entry = GateEntry.of(null, direct, changes, NONE, Severity.ERROR);
        assertEquals(GateEntry.NEW, entry.status());
        assertTrue(entry.blocking());
        GateEntry warning = GateEntry.of(null, transitive, changes, NONE, Severity.ERROR);
        assertFalse(warning.blocking(), "broken-transitively is a warning, below the blocking severity");
        assertTrue(GateEntry.of(null, transitive, changes, NONE, Severity.WARNING).blocking());
        assertFalse(GateEntry.of(null, direct.waivedBecause("known"), changes, NONE, Severity.ERROR).blocking());
        GateEntry persisting = GateEntry.of(direct, direct, changes, NONE, Severity.ERROR);
        assertEquals(GateEntry.PERSISTING, persisting.status());
        assertFalse(persisting.blocking());
    }

    @Test
    void anUpdateThatAddsTheMissingFeatureIsCreditedWithTheFix() throws ManifestException {
        Manifests baseline = new Manifests()
                .crate("uuid", "1.10.0", "")
                .crate("app", "1.0.0", "[dependencies]\nuuid = { version = \"1.10\", features = [\"serde\"] }\n");
        Map.Entry<Requirement, Verdict> missing = unmet(baseline, "app", "uuid");
        Finding broken = CargoResolution.INSTANCE.unmet(missing.getKey(), missing.getValue());
        assertEquals("cargo/missing-dependency-feature", broken.rule());
        ChangeSet changes = ChangeSet.of(baseline.packages(), List.of(crate("uuid", "1.11.0")), List.of());

        GateEntry fixed = GateEntry.of(broken, null, changes, NONE, Severity.ERROR);
        assertEquals(GateEntry.FIXED, fixed.status());
        assertFalse(fixed.blocking());
        assertEquals("updated uuid@1.11.0 (was 1.10.0)", fixed.blame());
    }

    @Test
    void aFindingOfAnUpdatedPackageIsBlamedOnTheUpdateAndAToolchainFindingOnTheWhatIf() {
        ChangeSet changes = ChangeSet.of(List.of(crate("clap", "4.4.0")), List.of(crate("clap", "4.5.20")), List.of());
        RustVersion.Need need = new RustVersion.Need("1.74", "rust-version = \"1.74\"");
        Finding updated = CargoResolution.rustVersionTooNew("clap-4.5.20.crate", "clap", "4.5.20", need, "1.70.0");
        assertEquals(Optional.of("updated clap@4.5.20 (was 4.4.0)"), changes.blame(updated, new ChangeSet.WhatIf("1.70.0", null)));

        Finding unchanged = CargoResolution.rustVersionTooNew("anyhow-1.0.90.crate", "anyhow", "1.0.90", need, "1.60.0");
        assertEquals(Optional.of("rustc 1.60.0 (what-if)"), changes.blame(unchanged, new ChangeSet.WhatIf("1.60.0", null)));
        assertEquals(Optional.empty(), changes.blame(unchanged, NONE));

        Finding goLine = Finding.of(GoVersionTooNew.INSTANCE, Ecosystem.GO, "github.com/example/future", "v0.3.0", null,
                "go.mod says go 1.22.0, the distro has Go 1.21; with GOTOOLCHAIN=local the go command refuses the module",
                "github.com/example/future/@v/v0.3.0.zip", "go line");
        assertEquals(Optional.of("go 1.21 (what-if)"), changes.blame(goLine, new ChangeSet.WhatIf(null, "1.21")));
        assertEquals(Optional.empty(), changes.blame(goLine, new ChangeSet.WhatIf("1.60.0", null)), "a rustc what-if explains no Go finding");

        Finding ownImport = Finding.of(GoMissingPackage.INSTANCE, Ecosystem.GO, "gvisor.dev/gvisor", null, "gvisor.dev/gvisor/pkg/gohacks",
                "package gvisor.dev/gvisor/pkg/abi/linux imports gvisor.dev/gvisor/pkg/gohacks: no archived module provides it",
                "usr/share/gocode/src/gvisor.dev/gvisor", "gvisor.dev/gvisor/pkg/gohacks");
        assertEquals(Optional.of("go 1.19 (what-if: build tags and standard library)"), changes.blame(ownImport, new ChangeSet.WhatIf(null, "1.19")),
                "which files build depends on the Go release");
        assertEquals(Optional.empty(), changes.blame(ownImport, NONE));
    }
}
