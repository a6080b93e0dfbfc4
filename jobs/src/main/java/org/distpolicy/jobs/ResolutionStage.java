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
import org.distpolicy.cargo.cfg.TargetSpec;
import org.distpolicy.cargo.resolve.BrokenCause;
import org.distpolicy.cargo.resolve.CrateGraphBuilder;
import org.distpolicy.cargo.resolve.CrateInput;
import org.distpolicy.cargo.resolve.Nodes;
import org.distpolicy.cargo.resolve.Provide;
import org.distpolicy.cargo.resolve.ProvidedVersion;
import org.distpolicy.cargo.resolve.Requirement;
import org.distpolicy.cargo.resolve.RequirementMatcher;
import org.distpolicy.cargo.resolve.ResolutionFindings;
import org.distpolicy.cargo.resolve.Verdict;
import org.distpolicy.facts.CrateFacts;
import org.distpolicy.facts.ScannedArtifact;
import org.distpolicy.rules.DistroProfile;
import org.distpolicy.rules.Finding;
import scala.Tuple2;

/**
 * Archive-wide resolution of crate capabilities: requirements are joined to the archived
 * versions of the crate they name (an equi-join on the crate name, then cargo's version match),
 * and brokenness is propagated to a fixpoint with joins, round by round, never collecting the
 * graph on the driver. The per-requirement logic lives in {@code org.distpolicy.cargo.resolve}.
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

    /** A missing crate or version line and what packaging it would unbreak. */
    record Wanted(String crate, String versionReq, long capabilities, long packages) implements Serializable {
    }

    record Output(JavaRDD<Provide> provides, JavaRDD<Judged> judged, JavaPairRDD<String, BrokenCause> broken,
                  JavaRDD<Finding> findings, JavaRDD<Wanted> wanted, long crates, int rounds, int conflictRounds) {
    }

    static Output run(JavaRDD<ScannedArtifact> scanned, DistroProfile profile) {
        List<String> triples = profile.targets();
        String rustc = profile.rustc();
        JavaRDD<CrateInput> inputs = scanned
                .filter(s -> s.facts() instanceof CrateFacts crate && crate.version() != null)
                // The scan is partitioned by bytes to read; the graph is small beside it, and each
                // fixpoint round shuffles it several times: one partition per core is plenty.
                .coalesce(scanned.context().defaultParallelism())
                .mapPartitions(partition -> {
                    CrateGraphBuilder builder = new CrateGraphBuilder(triples.stream().map(t -> TargetSpec.lookup(t).orElseThrow()).toList());
                    List<CrateInput> built = new ArrayList<>();
                    partition.forEachRemaining(s -> built.add(CrateInput.of((CrateFacts) s.facts(), builder, rustc)));
                    return built.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());

        JavaRDD<Provide> provides = inputs.flatMap(i -> i.graph().provides().iterator());
        JavaPairRDD<String, List<ProvidedVersion>> archived = provides
                .mapToPair(p -> new Tuple2<>(p.crate(), new Tuple2<>(p.version(), p.feature())))
                .groupByKey()
                .mapValues(ResolutionStage::versions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Judged> judged = inputs.flatMap(i -> i.graph().requirements().iterator())
                .mapToPair(r -> new Tuple2<>(r.requiredCrate(), r))
                .leftOuterJoin(archived)
                .map(t -> new Judged(t._2()._1(), RequirementMatcher.judge(t._2()._1(), t._2()._2().orElse(List.of()))))
                .persist(StorageLevel.MEMORY_AND_DISK());

        JavaPairRDD<String, BrokenCause> seeds = judged
                .filter(j -> !j.verdict().satisfied() && j.requirement().hard())
                .mapToPair(j -> new Tuple2<>(j.requirement().node(), ResolutionFindings.cause(j.requirement(), j.verdict())))
                .union(inputs.flatMapToPair(i -> i.seeds().stream().map(s -> new Tuple2<>(s.node(), s.cause())).iterator()))
                .reduceByKey(ResolutionStage::preferredCause);

        Fixpoint fixpoint = propagate(judged, seeds);

        ConflictStage.Result conflicts = ConflictStage.run(inputs.map(CrateInput::graph), judged, archived);
        JavaRDD<Finding> findings = inputs.flatMap(i -> i.findings().iterator())
                .union(conflicts.findings())
                .union(judged.filter(j -> !j.verdict().satisfied())
                        .mapToPair(j -> new Tuple2<>(ResolutionFindings.sameProblem(j.requirement(), j.verdict()), j))
                        .reduceByKey((a, b) -> ResolutionFindings.representative(a.requirement(), b.requirement()) == a.requirement() ? a : b)
                        .values()
                        .map(j -> ResolutionFindings.unmet(j.requirement(), j.verdict())))
                .union(fixpoint.transitive().filter(t -> !t.via().internal())
                        .map(t -> ResolutionFindings.brokenTransitively(t.via(), t.cause())));
        // A node counts for every missing crate it needs directly, and for the root cause it was broken through.
        JavaRDD<Wanted> wanted = judged
                .filter(j -> j.requirement().hard() && ResolutionFindings.wantedKey(j.requirement(), j.verdict()) != null)
                .mapToPair(j -> new Tuple2<>(ResolutionFindings.wantedKey(j.requirement(), j.verdict()), j.requirement().node()))
                .union(fixpoint.broken()
                        .filter(b -> b._2().wantedKey() != null)
                        .mapToPair(b -> new Tuple2<>(b._2().wantedKey(), b._1())))
                .distinct()
                .groupByKey()
                .map(ResolutionStage::wanted);
        return new Output(provides, judged, fixpoint.broken(), findings, wanted, inputs.count(), fixpoint.rounds(), conflicts.rounds());
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
                    Requirement r = t._2().requirement();
                    return t._2().verdict().satisfiers().stream()
                            .map(v -> new Tuple2<>(Nodes.id(r.requiredCrate(), v, r.requiredFeature()), t._1()))
                            .iterator();
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

    private static List<ProvidedVersion> versions(Iterable<Tuple2<String, String>> provided) {
        Map<String, Set<String>> features = new LinkedHashMap<>();
        for (Tuple2<String, String> p : provided) {
            Set<String> set = features.computeIfAbsent(p._1(), v -> new HashSet<>());
            if (p._2() != null) {
                set.add(p._2());
            }
        }
        List<ProvidedVersion> versions = new ArrayList<>();
        features.forEach((version, set) -> versions.add(new ProvidedVersion(version, set)));
        return versions;
    }

    private static Wanted wanted(Tuple2<String, Iterable<String>> group) {
        Set<String> packages = new HashSet<>();
        long capabilities = 0;
        for (String node : group._2()) {
            capabilities++;
            packages.add(node.substring(0, node.indexOf('#')));
        }
        int space = group._1().indexOf(' ');
        return new Wanted(group._1().substring(0, space), group._1().substring(space + 1), capabilities, packages.size());
    }
}
