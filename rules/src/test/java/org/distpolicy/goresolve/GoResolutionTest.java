package org.distpolicy.goresolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.distpolicy.resolve.BrokenCause;
import org.distpolicy.resolve.Capability;
import org.distpolicy.resolve.DependencyKind;
import org.distpolicy.resolve.ProvidedVersion;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.resolve.Verdict;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.junit.jupiter.api.Test;

class GoResolutionTest {
    private static final String APP = "github.com/example/app";
    private static final Capability MODULE = Capability.goModule(APP);
    private static final Capability CMD = Capability.goPackage(APP + "/cmd/app");

    private static Requirement goMod(String required, String versionReq) {
        return new Requirement("goproxy/app.zip", APP, "v1.0.0", MODULE, required, Capability.goModule(required), versionReq,
                DependencyKind.NORMAL, false, false, "go.mod:5");
    }

    private static Requirement imports(String path, String covering, String versionReq, DependencyKind kind, String origin) {
        return new Requirement("goproxy/app.zip", APP, "v1.0.0", CMD, covering, Capability.goPackage(path), versionReq, kind, false, false, origin);
    }

    private static ProvidedVersion provider(String module, String version) {
        return new ProvidedVersion(module, version, Set.of());
    }

    @Test
    void minimalVersionSelectionNeedsTheRequiredVersionOrNewerPseudoVersionsByTheirBase() {
        Requirement sys = goMod("golang.org/x/sys", GoRequirementMatcher.atLeast("v0.15.0"));
        List<ProvidedVersion> archived = List.of(provider("golang.org/x/sys", "v0.10.0"),
                provider("golang.org/x/sys", "v0.15.1-0.20240101000000-abcdefabcdef"), provider("golang.org/x/sys", "v0.14.0"));
        Verdict verdict = GoRequirementMatcher.judge(sys, archived);
        assertEquals(Verdict.Status.SATISFIED, verdict.status());
        assertEquals(List.of("golang.org/x/sys@v0.15.1-0.20240101000000-abcdefabcdef#gomod(golang.org/x/sys)"), verdict.satisfiers());

        Verdict old = GoRequirementMatcher.judge(sys, List.of(provider("golang.org/x/sys", "v0.14.0"),
                provider("golang.org/x/sys", "v0.15.0-rc.1"), provider("golang.org/x/sys", "v0.10.0")));
        assertEquals(Verdict.Status.NO_MATCHING_VERSION, old.status());
        assertEquals("archived: golang.org/x/sys v0.10.0, golang.org/x/sys v0.14.0, golang.org/x/sys v0.15.0-rc.1", old.detail());
        assertEquals(Verdict.Status.SATISFIED, GoRequirementMatcher.judge(goMod("github.com/x/y", ">= v2.0.0+incompatible"),
                List.of(provider("github.com/x/y", "v2.1.0+incompatible"))).status());
    }

    @Test
    void anUnversionedTreeSatisfiesAnyVersionAndOwnPackagesComeFromTheOwnTree() {
        assertEquals(Verdict.Status.SATISFIED, GoRequirementMatcher.judge(goMod("gopkg.in/yaml.v3", ">= v3.0.1"),
                List.of(provider("gopkg.in/yaml.v3", ""))).status());
        Requirement own = imports(APP + "/internal/x", APP, "=v1.0.0", DependencyKind.NORMAL, "main.go:3");
        Verdict verdict = GoRequirementMatcher.judge(own, List.of(provider(APP, "v0.9.0"), provider(APP, "v1.0.0")));
        assertEquals(List.of(APP + "@v1.0.0#golang(" + APP + "/internal/x)"), verdict.satisfiers());
    }

    @Test
    void missingModulesPackagesAndTestOnlyImportsBecomeTheirRules() {
        Verdict none = GoRequirementMatcher.judge(goMod("github.com/spf13/pflag", ">= v1.0.5"), List.of());
        Finding module = GoResolution.INSTANCE.unmet(goMod("github.com/spf13/pflag", ">= v1.0.5"), none);
        assertEquals("go/missing-module", module.rule());
        assertEquals(Severity.ERROR, module.severity());
        assertEquals("github.com/spf13/pflag", module.subject());
        assertEquals("go.mod requires github.com/spf13/pflag >= v1.0.5 (go.mod:5): no version of github.com/spf13/pflag is archived", module.message());

        Requirement runewidth = imports("github.com/mattn/go-runewidth", null, "*", DependencyKind.NORMAL, "cmd/app/main.go:7");
        Finding pkg = GoResolution.INSTANCE.unmet(runewidth, GoRequirementMatcher.judge(runewidth, List.of()));
        assertEquals("go/missing-package", pkg.rule());
        assertEquals("package github.com/example/app/cmd/app imports github.com/mattn/go-runewidth (cmd/app/main.go:7): no archived module provides it",
                pkg.message());
        assertEquals("distro", pkg.dependencyClass());

        Requirement testify = imports("github.com/stretchr/testify/assert", null, "*", DependencyKind.DEV, "cmd/app/main_test.go:4");
        Finding test = GoResolution.INSTANCE.unmet(testify, GoRequirementMatcher.judge(testify, List.of()));
        assertEquals(Severity.WARNING, test.severity());
        assertTrue(test.message().startsWith("a test of package"), test.message());
    }

    @Test
    void anImportOfATooOldModuleIsTheSameProblemAsTheGoModRequirement() {
        Verdict old = new Verdict(Verdict.Status.NO_MATCHING_VERSION, List.of(), "archived: golang.org/x/text v0.14.0");
        Requirement required = goMod("golang.org/x/text", ">= v0.20.0");
        Requirement imported = imports("golang.org/x/text/language", "golang.org/x/text", ">= v0.20.0", DependencyKind.NORMAL, "main.go:5");
        GoResolution go = GoResolution.INSTANCE;
        assertEquals(go.sameProblem(required, old), go.sameProblem(imported, old));
        assertEquals(required, go.representative(imported, required));
        Finding finding = go.unmet(required, old);
        assertEquals("go/module-too-old", finding.rule());
        assertEquals("golang.org/x/text", finding.subject());
        assertEquals("golang.org/x/text >= v0.20.0", go.wantedKey(imported, old));

        Verdict none = new Verdict(Verdict.Status.MISSING, List.of(), "no archived module provides it");
        assertNotEquals(go.sameProblem(required, none), go.sameProblem(imported, none), "a missing module and a missing package are two rules");
        assertEquals("golang.org/x/text *", go.wantedKey(imported, none));
        Requirement uncovered = imports("k8s.io/apimachinery/pkg/runtime/schema", null, "*", DependencyKind.NORMAL, "main.go:6");
        assertEquals("k8s.io/apimachinery *", go.wantedKey(uncovered, none), "without go.mod, the repository to package");
    }

    @Test
    void transitiveBreakageNamesTheChainAndTheRootCause() {
        Requirement text = imports("golang.org/x/text/language", "golang.org/x/text", ">= v0.20.0", DependencyKind.NORMAL, "main.go:5");
        BrokenCause cause = GoResolution.INSTANCE.cause(text, new Verdict(Verdict.Status.NO_MATCHING_VERSION, List.of(), "archived: golang.org/x/text v0.14.0"));
        assertEquals("github.com/example/app v1.0.0 package github.com/example/app/cmd/app", cause.root());
        assertEquals("imports golang.org/x/text/language from golang.org/x/text >= v0.20.0 (main.go:5): archived: golang.org/x/text v0.14.0", cause.problem());
        Requirement via = new Requirement("gocode/src/github.com/example/report", "github.com/example/report", "",
                Capability.goPackage("github.com/example/report"), null, CMD, "*", DependencyKind.NORMAL, false, false, "report.go:3");
        Finding finding = GoResolution.INSTANCE.brokenTransitively(via, cause.via(CMD.toString()));
        assertEquals("go/broken-transitively", finding.rule());
        assertEquals(null, finding.version());
        assertTrue(finding.message().contains("every archived provider is broken; root cause: github.com/example/app v1.0.0 package"), finding.message());
        assertTrue(finding.message().endsWith("[go/module-too-old]"), finding.message());
    }
}
