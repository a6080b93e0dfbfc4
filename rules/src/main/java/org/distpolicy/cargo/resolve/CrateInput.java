package org.distpolicy.cargo.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.distpolicy.facts.CrateFacts;
import org.distpolicy.resolve.Capability;
import org.distpolicy.resolve.Nodes;
import org.distpolicy.resolve.Provide;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.resolve.ResolutionInput;
import org.distpolicy.resolve.Seed;
import org.distpolicy.rules.Finding;

/**
 * One crate version's share of the archive-wide resolution: its graph, the problems it has on
 * its own (undefined features, a too new rust-version) and the broken nodes those seed.
 */
public record CrateInput(CrateGraph graph, List<Finding> findings, List<Seed> seeds) implements ResolutionInput {
    public CrateInput {
        findings = List.copyOf(findings);
        seeds = List.copyOf(seeds);
    }

    @Override
    public List<Provide> provides() {
        return graph.provides();
    }

    @Override
    public List<Requirement> requirements() {
        return graph.requirements();
    }

    public static CrateInput of(CrateFacts crate, CrateGraphBuilder builder, String distroRustc) {
        String artifact = crate.artifact().path();
        CrateGraph graph = builder.build(artifact, crate.name(), crate.version(), crate.manifest());
        List<Finding> findings = new ArrayList<>();
        List<Seed> seeds = new ArrayList<>();
        String base = Nodes.id(crate.name(), crate.version(), Capability.crate(crate.name(), null));
        for (CrateGraph.UndefinedFeature undefined : graph.undefinedFeatures()) {
            findings.add(CargoResolution.undefinedFeature(artifact, crate.name(), crate.version(), undefined));
            // cargo rejects the whole manifest, so the base breaks and every feature with it.
            seeds.add(new Seed(base, CargoResolution.undefinedFeatureCause(crate.name(), crate.version(), undefined)));
        }
        Optional<RustVersion.Need> need = RustVersion.required(crate.manifest().pkg());
        if (need.isPresent() && RustVersion.compare(need.get().rustc(), distroRustc) > 0) {
            findings.add(CargoResolution.rustVersionTooNew(artifact, crate.name(), crate.version(), need.get(), distroRustc));
            seeds.add(new Seed(base, CargoResolution.rustVersionCause(crate.name(), crate.version(), need.get(), distroRustc)));
        }
        return new CrateInput(graph, findings, seeds);
    }
}
