package org.distpolicy.jobs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.distpolicy.cargo.resolve.CrateGraph;
import org.distpolicy.cargo.resolve.CrateInput;
import org.distpolicy.facts.GoLinkFacts;
import org.distpolicy.facts.ScannedArtifact;
import org.distpolicy.goresolve.GoModuleInput;
import org.distpolicy.release.UnusedCompatLines;
import org.distpolicy.resolve.BrokenCause;
import org.distpolicy.resolve.Capability;
import org.distpolicy.resolve.Nodes;
import org.distpolicy.resolve.Provide;
import org.distpolicy.resolve.ProvidedVersion;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.resolve.Resolution;
import org.distpolicy.resolve.ResolutionInput;
import org.distpolicy.resolve.Verdict;
import org.distpolicy.rules.DistroProfile;
import org.distpolicy.rules.Ecosystem;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.ResolutionInputs;
import scala.Tuple2;

/**
 * Archive-wide resolution of capabilities, one engine for every ecosystem: requirements are
 * joined to the archived providers of the capability they name (an equi-join on the capability
 * key, then the ecosystem's version match), and brokenness is propagated to a fixpoint with
 * joins, round by round, never collecting the graph on the driver. The per-requirement logic
 * lives in {@code rules/} ({@link Resolution} per ecosystem).
 */
final class ResolutionStage {
    private ResolutionStage() {
    }

    /** A requirement with the archive's answer. */
    record Judged(Requirement requirement, Verdict verdict) implements Serializable {
    }

    /** A capability broken through a requirement whose every satisfier is broken. */
    record Transitive(Requirement via, BrokenCause cause) implements Serializable {
    }

    /** A missing package or version line and what packaging it would unbreak. */
    record Wanted(String ecosystem, String packageName, String versionReq, long capabilities, long packages) implements Serializable {
    }

    record Output(JavaRDD<Provide> provides, JavaRDD<Judged> judged, JavaPairRDD<String, BrokenCause> broken,
                  JavaRDD<Finding> findings, JavaRDD<Wanted> wanted, long crates, long goModules, int rounds, int conflictRounds) {
    }

    static Output run(JavaRDD<ScannedArtifact> scanned, DistroProfile profile) {
        JavaRDD<ResolutionInput> inputs = packageInputs(scanned, profile);
        long crates = inputs.filter(i -> i instanceof CrateInput).count();
        long goModules = inputs.count() - crates;
        inputs = withLinkedGoTrees(scanned, inputs);

        JavaRDD<Provide> provides = inputs.flatMap(i -> i.provides().iterator());
        JavaPairRDD<String, List<ProvidedVersion>> archived = archived(provides);
        JavaRDD<Judged> judged = judge(inputs.flatMap(i -> i.requirements().iterator()), archived);

        JavaPairRDD<String, BrokenCause> seeds = judged
                .filter(j -> !j.verdict().satisfied() && j.requirement().hard())
                .mapToPair(j -> new Tuple2<>(j.requirement().node(), resolution(j.requirement()).cause(j.requirement(), j.verdict())))
                .union(inputs.flatMapToPair(i -> i.seeds().stream().map(s -> new Tuple2<>(s.node(), s.cause())).iterator()))
                .reduceByKey(ResolutionStage::preferredCause);

        Fixpoint fixpoint = propagate(judged, seeds);

        ConflictStage.Result conflicts = ConflictStage.run(
                inputs.filter(i -> i instanceof CrateInput).map(i -> ((CrateInput) i).graph()), judged, archived);
        JavaRDD<Finding> findings = inputs.flatMap(i -> i.findings().iterator())
                .union(conflicts.findings())
                .union(judged.filter(j -> !j.verdict().satisfied())
                        .mapToPair(j -> new Tuple2<>(resolution(j.requirement()).sameProblem(j.requirement(), j.verdict()), j))
                        .reduceByKey((a, b) -> resolution(a.requirement()).representative(a.requirement(), b.requirement()) == a.requirement() ? a : b)
                        .values()
                        .map(j -> resolution(j.requirement()).unmet(j.requirement(), j.verdict())))
                .union(fixpoint.transitive().filter(t -> !t.via().internal())
                        .map(t -> resolution(t.via()).brokenTransitively(t.via(), t.cause())))
                .union(unusedCompatLines(inputs, judged));
        // A node counts for every missing package it needs directly, and for the root cause it was broken through.
        JavaRDD<Wanted> wanted = judged
                .filter(j -> j.requirement().hard() && wantedKey(j) != null)
                .mapToPair(j -> new Tuple2<>(wantedKey(j), j.requirement().node()))
                .union(fixpoint.broken()
                        .filter(b -> b._2().wantedKey() != null)
                        .mapToPair(b -> new Tuple2<>(Capability.ecosystemOf(Nodes.capability(b._1())).label() + " " + b._2().wantedKey(), b._1())))
                .distinct()
                .groupByKey()
                .map(ResolutionStage::wanted);
        return new Output(provides, judged, fixpoint.broken(), findings, wanted, crates, goModules,
                fixpoint.rounds(), conflicts.rounds());
    }

    /** Each package's share of the resolution, for the distro's profile (links not yet lent their targets' packages). */
    static JavaRDD<ResolutionInput> packageInputs(JavaRDD<ScannedArtifact> scanned, DistroProfile profile) {
        return scanned
                .filter(s -> s.facts() != null)
                // The scan is partitioned by bytes to read; the graph is small beside it, and each
                // fixpoint round shuffles it several times: one partition per core is plenty.
                .coalesce(scanned.context().defaultParallelism())
                .mapPartitions(partition -> {
                    ResolutionInputs builder = new ResolutionInputs(profile);
                    List<ResolutionInput> built = new ArrayList<>();
                    partition.forEachRemaining(s -> builder.of(s.facts()).ifPresent(built::add));
                    return built.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** The inputs and what compatibility links lend; the join takes the scan's partitioning, so the graph goes back to one partition per core. */
    static JavaRDD<ResolutionInput> withLinkedGoTrees(JavaRDD<ScannedArtifact> scanned, JavaRDD<ResolutionInput> inputs) {
        return inputs.union(linkedGoTrees(scanned, inputs)).coalesce(scanned.context().defaultParallelism())
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** The archived providers of each capability key, with the features each provides under it. */
    static JavaPairRDD<String, List<ProvidedVersion>> archived(JavaRDD<Provide> provides) {
        return provides
                .mapToPair(p -> new Tuple2<>(p.capability().key(), p))
                .groupByKey()
                .mapValues(ResolutionStage::versions)
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** Each requirement joined with the archived providers of its capability key and judged by its ecosystem's rules. */
    static JavaRDD<Judged> judge(JavaRDD<Requirement> requirements, JavaPairRDD<String, List<ProvidedVersion>> archived) {
        return requirements
                .mapToPair(r -> new Tuple2<>(r.required().key(), r))
                .leftOuterJoin(archived)
                .map(t -> new Judged(t._2()._1(), resolution(t._2()._1()).judge(t._2()._1(), t._2()._2().orElse(List.of()))))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /**
     * The packages compatibility links lend their import paths: each link joined with the Go tree
     * that holds its target (the target itself or one of its parent directories).
     */
    private static JavaRDD<ResolutionInput> linkedGoTrees(JavaRDD<ScannedArtifact> scanned, JavaRDD<ResolutionInput> inputs) {
        JavaPairRDD<String, GoLinkFacts> linksByTree = scanned
                .filter(s -> s.facts() instanceof GoLinkFacts)
                .flatMapToPair(s -> {
                    GoLinkFacts link = (GoLinkFacts) s.facts();
                    List<Tuple2<String, GoLinkFacts>> keys = new ArrayList<>();
                    for (String path = link.target(); !path.isEmpty(); path = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "") {
                        keys.add(new Tuple2<>(path, link));
                    }
                    return keys.iterator();
                });
        return inputs.filter(i -> i instanceof GoModuleInput)
                .mapToPair(i -> new Tuple2<>(((GoModuleInput) i).artifact(), (GoModuleInput) i))
                .join(linksByTree)
                .map(t -> GoModuleInput.linked(t._2()._1(), t._2()._2()));
    }

    /** archive/unused-compat-version: each crate's archived versions grouped with those another crate's requirement is met by. */
    private static JavaRDD<Finding> unusedCompatLines(JavaRDD<ResolutionInput> inputs, JavaRDD<Judged> judged) {
        JavaPairRDD<String, Tuple2<String, String>> archived = inputs.filter(i -> i instanceof CrateInput)
                .mapToPair(i -> {
                    CrateGraph graph = ((CrateInput) i).graph();
                    return new Tuple2<>(graph.crate(), new Tuple2<>(graph.version(), graph.artifact()));
                });
        JavaPairRDD<String, String> required = judged
                .filter(j -> j.verdict().satisfied() && j.requirement().required().ecosystem() == Ecosystem.CARGO
                        && !j.requirement().required().name().equals(j.requirement().packageName()))
                .flatMap(j -> j.verdict().satisfiers().iterator())
                .distinct()
                .mapToPair(node -> new Tuple2<>(Nodes.packageName(node), Nodes.version(node)));
        return archived.cogroup(required).flatMap(t -> {
            Map<String, String> versions = new LinkedHashMap<>();
            t._2()._1().forEach(v -> versions.put(v._1(), v._2()));
            Set<String> requiredVersions = new HashSet<>();
            t._2()._2().forEach(requiredVersions::add);
            return UnusedCompatLines.of(t._1(), versions, requiredVersions).iterator();
        });
    }

    private static Resolution resolution(Requirement requirement) {
        return ResolutionInputs.resolutionOf(requirement.required().ecosystem());
    }

    /** "ecosystem package versionRequirement", or null when no package would fix it. */
    private static String wantedKey(Judged j) {
        String key = resolution(j.requirement()).wantedKey(j.requirement(), j.verdict());
        return key == null ? null : j.requirement().required().ecosystem().label() + " " + key;
    }

    private record Fixpoint(JavaPairRDD<String, BrokenCause> broken, JavaRDD<Transitive> transitive, int rounds) {
    }

    /**
     * Round after round, a requirement all of whose satisfiers are broken breaks its owner.
     * Each round joins the satisfier edges with the broken set; it ends when a round breaks
     * nothing new (at most one round per node, since nodes are only ever added).
     */
    private static Fixpoint propagate(JavaRDD<Judged> judged, JavaPairRDD<String, BrokenCause> seeds) {
        JavaPairRDD<Long, Judged> edges = judged
                .filter(j -> j.verdict().satisfied() && j.requirement().hard())
                .zipWithUniqueId()
                .mapToPair(Tuple2::swap)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Integer> satisfierCounts = edges.mapValues(j -> j.verdict().satisfiers().size());
        JavaPairRDD<String, Long> edgesBySatisfier = edges
                .flatMapToPair(t -> {
                    return t._2().verdict().satisfiers().stream().map(node -> new Tuple2<>(node, t._1())).iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());

        JavaPairRDD<String, BrokenCause> broken = seeds.persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Transitive> transitive = JavaRDDs.empty(judged);
        int rounds = 0;
        while (true) {
            rounds++;
            JavaPairRDD<String, Transitive> newlyBroken = edgesBySatisfier.join(broken)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(1, t._2()._2())))
                    .reduceByKey((a, b) -> new Tuple2<>(a._1() + b._1(), preferredCause(a._2(), b._2())))
                    .join(satisfierCounts)
                    .filter(t -> t._2()._1()._1().equals(t._2()._2()))
                    .mapValues(t -> t._1()._2())
                    .join(edges)
                    .mapToPair(t -> {
                        Requirement via = t._2()._2().requirement();
                        return new Tuple2<>(via.node(), new Transitive(via, t._2()._1().via(via.requiredCapability())));
                    })
                    .subtractByKey(broken)
                    .reduceByKey(ResolutionStage::preferredTransitive)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            if (newlyBroken.isEmpty()) {
                newlyBroken.unpersist(false);
                break;
            }
            // union() adds the partitions of both sides; without the coalesce every round gets slower.
            broken = broken.union(newlyBroken.mapValues(Transitive::cause)).coalesce(judged.getNumPartitions())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            broken.rdd().localCheckpoint();
            transitive = transitive.union(newlyBroken.values());
        }
        return new Fixpoint(broken, transitive, rounds);
    }

    /** Of two causes for one node, the one to report: an edge to another crate over one inside it, then a stable order. */
    private static BrokenCause preferredCause(BrokenCause a, BrokenCause b) {
        return ORDER.compare(a, b) <= 0 ? a : b;
    }

    private static Transitive preferredTransitive(Transitive a, Transitive b) {
        int internal = Boolean.compare(a.via().internal(), b.via().internal());
        if (internal != 0) {
            return internal < 0 ? a : b;
        }
        return ORDER.compare(a.cause(), b.cause()) <= 0 ? a : b;
    }

    private static final Comparator<BrokenCause> ORDER = Comparator
            .comparingInt((BrokenCause c) -> c.chain().size())
            .thenComparing(BrokenCause::root)
            .thenComparing(BrokenCause::problem);

    private static List<ProvidedVersion> versions(Iterable<Provide> provided) {
        Map<String, Set<String>> features = new LinkedHashMap<>();
        for (Provide p : provided) {
            Set<String> set = features.computeIfAbsent(p.packageName() + "@" + p.version(), v -> new HashSet<>());
            if (p.capability().feature() != null) {
                set.add(p.capability().feature());
            }
        }
        List<ProvidedVersion> versions = new ArrayList<>();
        features.forEach((id, set) -> {
            int at = id.indexOf('@');
            versions.add(new ProvidedVersion(id.substring(0, at), id.substring(at + 1), set));
        });
        return versions;
    }

    private static Wanted wanted(Tuple2<String, Iterable<String>> group) {
        Set<String> packageVersions = new HashSet<>();
        long capabilities = 0;
        for (String node : group._2()) {
            capabilities++;
            packageVersions.add(Nodes.packageName(node) + "@" + Nodes.version(node));
        }
        String[] key = group._1().split(" ", 3);
        return new Wanted(key[0], key[1], key[2], capabilities, packageVersions.size());
    }
}
