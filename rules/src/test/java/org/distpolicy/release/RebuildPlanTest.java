package org.distpolicy.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.rules.Ecosystem;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.junit.jupiter.api.Test;

class RebuildPlanTest {
    private static PackageVersion crate(String name, String version) {
        return new PackageVersion(Ecosystem.CARGO, name, version);
    }

    /** "wave build package" per step, in plan order. */
    private static List<String> steps(RebuildPlan plan) {
        return plan.steps().stream()
                .map(s -> s.wave() + " " + s.build().label() + " " + s.pkg().id() + (s.droppedFeatures().isEmpty() ? "" : " -" + s.droppedFeatures()))
                .toList();
    }

    /**
     * Every build requirement is met in an earlier wave: a package's only (or final) build comes after
     * the last build of each dependency outside its cycle, and after the first build of each one inside;
     * a bootstrap build needs only what it does not drop.
     */
    private static void assertWavesRespect(RebuildPlan plan, List<BuildEdge> edges) {
        Map<PackageVersion, RebuildPlan.Step> first = new HashMap<>();
        Map<PackageVersion, RebuildPlan.Step> last = new HashMap<>();
        for (RebuildPlan.Step step : plan.steps()) {
            if (step.build() == RebuildPlan.Build.FINAL) {
                last.put(step.pkg(), step);
            } else {
                first.put(step.pkg(), step);
                last.putIfAbsent(step.pkg(), step);
            }
        }
        for (BuildEdge e : edges) {
            if (!first.containsKey(e.from()) || !first.containsKey(e.to())) {
                continue;
            }
            RebuildPlan.Step from = first.get(e.from());
            String cycle = from.cycleId();
            boolean sameCycle = cycle != null && cycle.equals(first.get(e.to()).cycleId());
            RebuildPlan.Step needed = sameCycle ? first.get(e.to()) : last.get(e.to());
            if (!from.droppedFeatures().contains(e.feature())) {
                assertTrue(from.wave() > needed.wave(), e + " in " + steps(plan));
            }
            assertTrue(last.get(e.from()).wave() > needed.wave(), e + " in " + steps(plan));
        }
    }

    @Test
    void aFeatureCycleIsFoundAndBrokenByDroppingTheFeatureInAFirstBuild() throws ManifestException {
        Manifests archive = new Manifests()
                .crate("foo", "1.0.0", """
                        [dependencies]
                        bar = { version = "1", optional = true }
                        [features]
                        extra = ["dep:bar"]
                        """)
                .crate("bar", "1.0.0", """
                        [dependencies]
                        foo = "1"
                        """)
                .crate("app", "0.1.0", """
                        [dependencies]
                        foo = { version = "1", features = ["extra"] }
                        """);
        List<BuildEdge> edges = archive.buildEdges();
        RebuildPlan plan = RebuildPlan.of(archive.packages(), edges);

        assertEquals(1, plan.cycles().size());
        RebuildPlan.Cycle cycle = plan.cycles().get(0);
        assertEquals(List.of(crate("bar", "1.0.0"), crate("foo", "1.0.0")), cycle.members());
        assertEquals(List.of(new RebuildPlan.Bootstrap(crate("foo", "1.0.0"), "extra", List.of(crate("bar", "1.0.0")))), cycle.bootstrap());
        assertTrue(cycle.broken());
        assertEquals(List.of("1 bootstrap foo@1.0.0 -[extra]", "2 full bar@1.0.0", "3 final foo@1.0.0", "4 full app@0.1.0"), steps(plan));
        assertWavesRespect(plan, edges);

        Finding finding = plan.cycleFindings(Map.of(crate("foo", "1.0.0"), "foo-1.0.0.crate")).get(0);
        assertEquals("archive/dependency-cycle", finding.rule());
        assertEquals(Severity.INFO, finding.severity());
        assertEquals("foo", finding.packageName());
        assertEquals("extra", finding.subject());
        assertEquals("foo-1.0.0.crate", finding.artifact());
        assertTrue(finding.message().contains("foo 1.0.0 without feature `extra` (needs bar 1.0.0)"), finding.message());
    }

    @Test
    void wavesRespectNormalAndBuildDependenciesAndIgnoreDevOnes() throws ManifestException {
        Manifests archive = new Manifests()
                .crate("cc", "1.2.0", "")
                .crate("libc", "0.2.150", """
                        [build-dependencies]
                        cc = "1"
                        [dev-dependencies]
                        app = "1"
                        """)
                .crate("log", "0.4.22", "")
                .crate("serde", "1.0.200", """
                        [dependencies]
                        log = { version = "0.4", optional = true }
                        """)
                .crate("app", "1.0.0", """
                        [dependencies]
                        libc = "0.2"
                        serde = { version = "1", features = ["log"] }
                        """);
        List<BuildEdge> edges = archive.buildEdges();
        RebuildPlan plan = RebuildPlan.of(archive.packages(), edges);

        assertEquals(List.of(), plan.cycles(), "a dev-dependency on a dependent is no cycle");
        assertEquals(List.of("1 full cc@1.2.0", "1 full log@0.4.22", "2 full libc@0.2.150", "2 full serde@1.0.200", "3 full app@1.0.0"),
                steps(plan));
        assertWavesRespect(plan, edges);
    }

    @Test
    void aCycleThroughBaseDependenciesCannotBeBrokenAndIsBuiltInOneWave() throws ManifestException {
        Manifests archive = new Manifests()
                .crate("a", "1.0.0", "[dependencies]\nb = \"1\"\n")
                .crate("b", "1.0.0", "[dependencies]\na = \"1\"\n")
                .crate("c", "1.0.0", "[dependencies]\na = \"1\"\n");
        RebuildPlan plan = RebuildPlan.of(archive.packages(), archive.buildEdges());

        RebuildPlan.Cycle cycle = plan.cycles().get(0);
        assertFalse(cycle.broken());
        assertEquals(List.of(), cycle.bootstrap());
        assertEquals(List.of("1 full a@1.0.0", "1 full b@1.0.0", "2 full c@1.0.0"), steps(plan));
        assertEquals("C1", plan.steps().get(0).cycleId());
        assertTrue(plan.cycleFindings(Map.of()).get(0).message().contains("no optional dependency breaks it"));
    }

    @Test
    void aChangeSetRebuildsOnlyItsReverseDependencies() throws ManifestException {
        Manifests archive = new Manifests()
                .crate("log", "0.4.22", "")
                .crate("syn", "2.0.90", "")
                .crate("serde_derive", "1.0.200", "[dependencies]\nsyn = \"2\"\n")
                .crate("serde", "1.0.200", "[dependencies]\nserde_derive = { version = \"=1.0.200\", optional = true }\n[features]\nderive = [\"serde_derive\"]\n")
                .crate("app", "1.0.0", "[dependencies]\nserde = { version = \"1\", features = [\"derive\"] }\nlog = \"0.4\"\n");
        RebuildPlan plan = RebuildPlan.ofReverseDependencies(archive.packages(), archive.buildEdges(),
                PackageSelector.parseLines("# the new syn\nsyn\n"));

        assertEquals(List.of("1 full syn@2.0.90", "2 full serde_derive@1.0.200", "3 full serde@1.0.200", "4 full app@1.0.0"), steps(plan));
        assertThrows(IllegalArgumentException.class,
                () -> RebuildPlan.ofReverseDependencies(archive.packages(), archive.buildEdges(), List.of(new PackageSelector("nope", null))));
    }

    @Test
    void twoFeaturesOfTwoMembersBreakAThreeCrateCycle() throws ManifestException {
        Manifests archive = new Manifests()
                .crate("x", "1.0.0", "[dependencies]\ny = { version = \"1\", optional = true }\nz = { version = \"1\", optional = true }\n")
                .crate("y", "1.0.0", "[dependencies]\nz = \"1\"\n")
                .crate("z", "1.0.0", "[dependencies]\nx = \"1\"\n");
        List<BuildEdge> edges = archive.buildEdges();
        RebuildPlan plan = RebuildPlan.of(archive.packages(), edges);

        RebuildPlan.Cycle cycle = plan.cycles().get(0);
        assertTrue(cycle.broken());
        assertEquals(List.of("y", "z"), cycle.bootstrap().stream().map(RebuildPlan.Bootstrap::feature).toList());
        assertEquals("1 bootstrap x@1.0.0 -[y, z]", steps(plan).get(0));
        assertWavesRespect(plan, edges);
    }

    @Test
    void componentsOfADeepChainAndALongLoopNeedNoDeepStack() {
        int n = 300_000;
        int[][] chain = new int[n][];
        for (int i = 0; i < n; i++) {
            chain[i] = i + 1 < n ? new int[] {i + 1} : new int[0];
        }
        List<int[]> components = StronglyConnected.components(chain);
        assertEquals(n, components.size());
        assertEquals(n - 1, components.get(0)[0], "what is needed comes first");

        chain[n - 1] = new int[] {0};
        assertEquals(List.of(n), StronglyConnected.components(chain).stream().map(c -> c.length).collect(Collectors.toList()));
    }
}
