package org.distpolicy.release;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distpolicy.cargo.CargoManifestParser;
import org.distpolicy.cargo.cfg.TargetSpec;
import org.distpolicy.cargo.resolve.CargoResolution;
import org.distpolicy.cargo.resolve.CrateGraph;
import org.distpolicy.cargo.resolve.CrateGraphBuilder;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.resolve.Provide;
import org.distpolicy.resolve.ProvidedVersion;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.resolve.Verdict;
import org.distpolicy.rules.Ecosystem;

/** A small archive of Cargo.toml texts, resolved in memory with the engine's cargo matching, for the release tests. */
final class Manifests {
    private static final CrateGraphBuilder LINUX = new CrateGraphBuilder(List.of(TargetSpec.lookup("x86_64-unknown-linux-gnu").orElseThrow()));

    private final List<CrateGraph> graphs = new ArrayList<>();

    /** A crate whose manifest holds the given tables after its [package]. */
    Manifests crate(String name, String version, String tables) throws ManifestException {
        String manifest = "[package]\nname = \"" + name + "\"\nversion = \"" + version + "\"\nedition = \"2021\"\n" + tables;
        graphs.add(LINUX.build(name + "-" + version + ".crate", name, version, CargoManifestParser.parse(manifest.getBytes(StandardCharsets.UTF_8))));
        return this;
    }

    List<PackageVersion> packages() {
        return graphs.stream().map(g -> new PackageVersion(Ecosystem.CARGO, g.crate(), g.version())).toList();
    }

    /** Every requirement with the archive's verdict, as ResolutionStage judges it. */
    Map<Requirement, Verdict> judged() {
        Map<String, Map<String, Set<String>>> featuresByKey = new LinkedHashMap<>();
        for (CrateGraph graph : graphs) {
            for (Provide p : graph.provides()) {
                Set<String> features = featuresByKey.computeIfAbsent(p.capability().key(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(p.packageName() + "@" + p.version(), k -> new HashSet<>());
                if (p.capability().feature() != null) {
                    features.add(p.capability().feature());
                }
            }
        }
        Map<Requirement, Verdict> judged = new LinkedHashMap<>();
        for (CrateGraph graph : graphs) {
            for (Requirement r : graph.requirements()) {
                List<ProvidedVersion> archived = new ArrayList<>();
                featuresByKey.getOrDefault(r.required().key(), Map.of()).forEach((id, features) ->
                        archived.add(new ProvidedVersion(id.substring(0, id.indexOf('@')), id.substring(id.indexOf('@') + 1), features)));
                judged.put(r, CargoResolution.INSTANCE.judge(r, archived));
            }
        }
        return judged;
    }

    List<BuildEdge> buildEdges() {
        List<BuildEdge> edges = new ArrayList<>();
        judged().forEach((r, v) -> edges.addAll(BuildEdge.of(r, v.satisfiers())));
        return edges;
    }
}
