package org.distpolicy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.distpolicy.rules.DistroProfile;
import org.distpolicy.rules.Ecosystem;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.distpolicy.rules.cargo.CargoPatchSection;
import org.distpolicy.rules.go.GoLocalReplace;
import org.distpolicy.rules.go.GoVendoredDependencies;
import org.junit.jupiter.api.Test;

class PolicyApplyTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 7, 1);

    private static final String POLICY = """
            [rules."cargo/patch-section"]
            severity = "error"

            [rules."go/local-replace"]
            severity = "off"

            [[waiver]]
            rule = "go/vendored-dependencies"
            package = "github.com/openshift/*"
            reason = "expired: vendored until the openshift stack is packaged"
            expires = 2027-06-30

            [[waiver]]
            rule = "go/vendored-dependencies"
            package = "github.com/openshift/*"
            version = "v1.*"
            subject = "vendor/"
            reason = "vendored until the openshift stack is packaged, see bug 1234"
            expires = 2027-07-01

            [[waiver]]
            rule = "go/vendored-dependencies"
            package = "github.com/*"
            reason = "a later match never wins"

            [[maintainer]]
            package = "github.com/openshift/*"
            email = "openshift@example.org"
            name = "OpenShift SIG"

            [[maintainer]]
            package = "*"
            email = "qa@example.org"
            """;

    private static Finding vendored(String module, String version, String subject) {
        return Finding.of(GoVendoredDependencies.INSTANCE, Ecosystem.GO, module, version, subject,
                "the tree ships vendor/", "go/" + module + "/@v/" + version + ".zip", subject);
    }

    private static Policy policy() throws PolicyException {
        return PolicyParser.parse(POLICY);
    }

    @Test
    void theFirstUnexpiredMatchingWaiverWaives() throws PolicyException {
        Finding finding = vendored("github.com/openshift/api", "v1.2.0", "vendor/");
        Finding applied = policy().apply(finding, TODAY).orElseThrow();
        assertTrue(applied.waived());
        assertEquals("vendored until the openshift stack is packaged, see bug 1234", applied.waiverReason());
        assertEquals(Severity.ERROR, applied.severity(), "waived, not downgraded");
        assertEquals(finding.fingerprint(), applied.fingerprint());
    }

    @Test
    void aWaiverCoversItsExpiryDayAndNotTheNext() throws PolicyException {
        Finding finding = vendored("github.com/openshift/api", "v1.2.0", "vendor/");
        assertEquals("expired: vendored until the openshift stack is packaged",
                policy().apply(finding, LocalDate.of(2027, 6, 30)).orElseThrow().waiverReason());
        assertEquals("a later match never wins",
                policy().apply(finding, LocalDate.of(2027, 7, 2)).orElseThrow().waiverReason(), "both dated waivers have expired");
    }

    @Test
    void versionAndSubjectGlobsMustMatchToo() throws PolicyException {
        assertEquals("a later match never wins",
                policy().apply(vendored("github.com/openshift/api", "v2.0.0", "vendor/"), TODAY).orElseThrow().waiverReason());
        assertEquals("a later match never wins",
                policy().apply(vendored("github.com/openshift/api", "v1.2.0", "third_party/vendor/"), TODAY).orElseThrow().waiverReason());
        Finding unwaived = policy().apply(vendored("gitlab.com/x/y", "v1.2.0", "vendor/"), TODAY).orElseThrow();
        assertFalse(unwaived.waived());
        assertNull(unwaived.waiverReason());
    }

    @Test
    void severitiesAreOverriddenAndOffDropsTheFinding() throws PolicyException {
        Finding patch = Finding.of(CargoPatchSection.INSTANCE, Ecosystem.CARGO, "patched", "2.0.0", "openssl-sys",
                "[patch] in the shipped manifest", "crates/patched-2.0.0.crate", "patch");
        assertEquals(Severity.WARNING, patch.severity());
        assertEquals(Severity.ERROR, policy().apply(patch, TODAY).orElseThrow().severity());
        Finding replace = Finding.of(GoLocalReplace.INSTANCE, Ecosystem.GO, "example.com/m", "v1.0.0", "../fork",
                "replace to a directory", "go/example.com/m/@v/v1.0.0.zip", "../fork");
        assertEquals(Optional.empty(), policy().apply(replace, TODAY));
    }

    @Test
    void theFirstMatchingMaintainerIsNamed() throws PolicyException {
        assertEquals("OpenShift SIG <openshift@example.org>",
                policy().apply(vendored("github.com/openshift/api", "v1.2.0", "vendor/"), TODAY).orElseThrow().maintainer());
        assertEquals("qa@example.org", policy().apply(vendored("gitlab.com/x/y", "v1", "vendor/"), TODAY).orElseThrow().maintainer());
        assertNull(Policy.defaults().apply(vendored("gitlab.com/x/y", "v1", "vendor/"), TODAY).orElseThrow().maintainer());
    }

    @Test
    void theDefaultPolicyChangesNothing() {
        Finding finding = vendored("github.com/openshift/api", "v1.2.0", "vendor/");
        assertEquals(Optional.of(finding), Policy.defaults().apply(finding, TODAY));
        assertEquals(List.of(), Policy.defaults().expiredWaiverFindings(TODAY));
    }

    @Test
    void everyExpiredWaiverIsReportedOnceForItsPackages() throws PolicyException {
        List<Finding> expired = policy().expiredWaiverFindings(TODAY);
        assertEquals(1, expired.size());
        Finding notice = expired.get(0);
        assertEquals("policy/expired-waiver", notice.rule());
        assertEquals(Severity.WARNING, notice.severity());
        assertEquals("github.com/openshift/*", notice.packageName());
        assertEquals("go/vendored-dependencies", notice.subject());
        assertEquals("policy file, line 7", notice.artifact());
        assertEquals("the waiver of go/vendored-dependencies for github.com/openshift/* (policy file line 7) expired on 2027-06-30;"
                + " its findings count again. It said: expired: vendored until the openshift stack is packaged", notice.message());
        assertEquals("OpenShift SIG <openshift@example.org>", policy().apply(notice, TODAY).orElseThrow().maintainer(),
                "the notice goes to the waived packages' maintainer");
        assertEquals(2, policy().expiredWaiverFindings(LocalDate.of(2027, 7, 2)).size());
        assertEquals(List.of(), policy().expiredWaiverFindings(LocalDate.of(2027, 6, 30)));
    }

    @Test
    void commandLineOptionsWinOverTheFile() throws PolicyException {
        DistroSettings file = PolicyParser.parse("""
                [distro]
                rustc = "1.63.0"
                go = "1.19"
                targets = ["aarch64-unknown-linux-gnu"]
                """).distro();
        assertEquals(new DistroProfile("1.63.0", "1.19", List.of("aarch64-unknown-linux-gnu")), file.profileWith(null, null, null));
        assertEquals(new DistroProfile("1.90.0", "1.19", List.of("x86_64-unknown-linux-gnu")),
                file.profileWith("1.90.0", null, List.of("x86_64-unknown-linux-gnu")));
        assertEquals(new DistroProfile("1.63.0", "1.25", List.of("aarch64-unknown-linux-gnu")), file.profileWith(null, "1.25", null));
    }
}
