package org.distpolicy.reports.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.distpolicy.policy.NotifySettings;
import org.junit.jupiter.api.Test;

class DigestPlannerTest {
    private static final Instant T0 = Instant.parse("2026-11-01T03:00:00Z");
    private static final NotifySettings SETTINGS = new NotifySettings("qa <qa@example.org>", List.of(7L, 28L), List.of("Quiet@Example.org"), 500);
    private final DigestPlanner planner = new DigestPlanner(SETTINGS);
    private final List<LedgerEntry> ledger = new ArrayList<>();

    private static RunFinding finding(String fingerprint, String maintainer) {
        return new RunFinding(fingerprint, "cargo/missing-crate", "error", "serde", "1.0.210", "derive", "needs serde_derive",
                maintainer, false, "20261101T000000Z", null, "package serde_derive");
    }

    /** Plans at {@code now} and records every item as sent then, as a delivered run does. */
    private List<Digest> planAndSend(List<RunFinding> findings, Instant now) {
        List<Digest> digests = planner.plan(findings, ledger, now);
        for (Digest digest : digests) {
            digest.items().forEach(i -> ledger.add(new LedgerEntry("run", now, digest.email(), i.finding().fingerprint(), i.notice(),
                    i.finding().rule(), i.finding().packageName(), i.finding().version(), i.finding().subject(), "<id@example.org>")));
        }
        return digests;
    }

    private static List<Notice> notices(List<Digest> digests) {
        return digests.stream().flatMap(d -> d.items().stream()).map(Digest.Item::notice).toList();
    }

    @Test
    void aNewFindingIsMailedOnceToItsMaintainer() {
        List<Digest> first = planAndSend(List.of(finding("f1", "Rust SIG <Rust@Example.org>")), T0);
        assertEquals(1, first.size());
        assertEquals("rust@example.org", first.get(0).email());
        assertEquals("Rust SIG <Rust@Example.org>", first.get(0).recipient());
        assertEquals(List.of(Notice.NEW), notices(first));
        assertEquals(List.of(), planAndSend(List.of(finding("f1", "Rust SIG <Rust@Example.org>")), T0.plus(Duration.ofHours(1))));
    }

    @Test
    void persistingFindingsAreRemindedOnTheCadenceAndThenLeftAlone() {
        List<RunFinding> open = List.of(finding("f1", "rust@example.org"));
        planAndSend(open, T0);
        assertEquals(List.of(), notices(planAndSend(open, T0.plus(Duration.ofDays(7)).minusSeconds(1))));
        assertEquals(List.of(Notice.REMINDER), notices(planAndSend(open, T0.plus(Duration.ofDays(7)))));
        assertEquals(List.of(), notices(planAndSend(open, T0.plus(Duration.ofDays(20)))));
        assertEquals(List.of(Notice.REMINDER), notices(planAndSend(open, T0.plus(Duration.ofDays(28)))));
        assertEquals(List.of(), notices(planAndSend(open, T0.plus(Duration.ofDays(400)))));
    }

    @Test
    void aFixIsAnnouncedOnceAndAReturnIsNewAgain() {
        planAndSend(List.of(finding("f1", "rust@example.org"), finding("f2", "rust@example.org")), T0);
        List<Digest> fixed = planAndSend(List.of(finding("f2", "rust@example.org")), T0.plus(Duration.ofDays(1)));
        assertEquals(List.of(Notice.FIXED), notices(fixed));
        assertEquals("f1", fixed.get(0).items().get(0).finding().fingerprint());
        assertEquals("derive", fixed.get(0).items().get(0).finding().subject());
        assertEquals(List.of(), notices(planAndSend(List.of(finding("f2", "rust@example.org")), T0.plus(Duration.ofDays(2)))));
        assertEquals(List.of(Notice.NEW), notices(planAndSend(List.of(finding("f1", "rust@example.org"), finding("f2", "rust@example.org")),
                T0.plus(Duration.ofDays(3)))));
    }

    @Test
    void aFindingNobodyWasToldAboutIsNotAnnouncedAsFixed() {
        planAndSend(List.of(finding("f1", "quiet@example.org")), T0);
        assertEquals(List.of(), planAndSend(List.of(), T0.plus(Duration.ofDays(1))));
    }

    @Test
    void waivedOptedOutAndUnmaintainedFindingsGetNoMail() {
        RunFinding waived = new RunFinding("f1", "go/vendored-dependencies", "error", "app", null, "vendor/", "ships vendor/",
                "go@example.org", true, "r", null, "unvendor");
        assertEquals(List.of(), planAndSend(List.of(waived, finding("f2", "Quiet <quiet@example.org>"), finding("f3", null),
                finding("f4", "not an address")), T0));
    }

    @Test
    void aFindingThatBecomesWaivedIsNeitherRemindedNorCalledFixed() {
        planAndSend(List.of(finding("f1", "rust@example.org")), T0);
        RunFinding waived = new RunFinding("f1", "cargo/missing-crate", "error", "serde", "1.0.210", "derive", "needs serde_derive",
                "rust@example.org", true, "r", null, "package serde_derive");
        assertEquals(List.of(), planAndSend(List.of(waived), T0.plus(Duration.ofDays(30))));
    }

    @Test
    void oneDigestPerMaintainerOrderedByPackage() {
        RunFinding other = new RunFinding("f9", "cargo/path-dependency", "error", "anyhow", "1.0.0", null, "path dep",
                "rust@example.org", false, "r", null, "fix");
        List<Digest> digests = planAndSend(List.of(finding("f1", "rust@example.org"), other, finding("f2", "go@example.org")), T0);
        assertEquals(List.of("go@example.org", "rust@example.org"), digests.stream().map(Digest::email).toList());
        assertEquals(List.of("anyhow", "serde"), digests.get(1).items().stream().map(i -> i.finding().packageName()).toList());
        assertTrue(digests.stream().allMatch(d -> d.count(Notice.NEW) == d.items().size()));
    }
}
