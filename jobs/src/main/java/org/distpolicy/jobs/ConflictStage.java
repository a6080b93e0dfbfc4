package org.distpolicy.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.distpolicy.cargo.resolve.CrateGraph;
import org.distpolicy.cargo.resolve.TreeConflicts.Reached;
import org.distpolicy.cargo.resolve.TreeConflicts;
import org.distpolicy.resolve.Capability;
import org.distpolicy.resolve.Nodes;
import org.distpolicy.resolve.ProvidedVersion;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.rules.Ecosystem;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.cargo.CargoResolutionConflict;
import scala.Tuple2;

/**
 * {@code cargo/resolution-conflict}: for every crate version built with its default features,
 * walks its dependency tree (each requirement to the newest archived match, as cargo prefers),
 * round by round with joins, then checks cargo's one-version-per-semver-line rule and that no
 * two packages of the tree link the same native library.
 */
final class ConflictStage {
    private ConflictStage() {
    }

    record Result(JavaRDD<Finding> findings, int rounds) {
    }

    static Result run(JavaRDD<CrateGraph> graphs, JavaRDD<ResolutionStage.Judged> judged,
                                JavaPairRDD<String, List<ProvidedVersion>> archived) {
        // owner node → (chosen next node, (required crate, what was reached)); internal edges reach nothing new
        JavaRDD<ResolutionStage.Judged> crates = judged.filter(j -> j.verdict().satisfied()
                && j.requirement().required().namespace().equals(Capability.CRATE));
        JavaPairRDD<String, Tuple2<String, Tuple2<String, Reached>>> edges = crates
                .filter(j -> j.requirement().hard() && !j.requirement().internal())
                .mapToPair(j -> {
                    Requirement r = j.requirement();
                    String chosen = TreeConflicts.newest(j.verdict().satisfiers().stream().map(Nodes::version).toList());
                    return new Tuple2<>(r.node(), new Tuple2<>(Nodes.id(r.required().name(), chosen, r.required()),
                            new Tuple2<>(r.required().key(), new Reached(r.versionReq(), chosen))));
                })
                .union(crates.filter(j -> j.requirement().internal())
                        .mapToPair(j -> new Tuple2<>(j.requirement().node(), new Tuple2<>(
                                Nodes.id(j.requirement().required().name(), j.requirement().version(), j.requirement().required()),
                                (Tuple2<String, Reached>) null))))
                .persist(StorageLevel.MEMORY_AND_DISK());

        // (node, root) pairs of every tree, grown round by round from the roots.
        JavaPairRDD<String, String> visited = graphs
                .mapToPair(g -> new Tuple2<>(defaultNode(g), defaultNode(g)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> frontier = visited;
        int partitions = judged.getNumPartitions();
        // (root, (crate key, reached)) for every external requirement met in a root's tree
        JavaRDD<Tuple2<String, Tuple2<String, Reached>>> reached = JavaRDDs.empty(judged);
        int rounds = 0;
        while (true) {
            rounds++;
            JavaPairRDD<String, Tuple2<String, Tuple2<String, Reached>>> step = frontier.join(edges)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            reached = reached.union(step.filter(t -> t._2()._2() != null).map(t -> new Tuple2<>(t._1(), t._2()._2())));
            JavaPairRDD<String, String> next = step.mapToPair(t -> new Tuple2<>(t._2()._1(), t._1()))
                    .distinct()
                    .subtract(visited)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            if (next.isEmpty()) {
                break;
            }
            // union() adds the partitions of both sides; without the coalesce every round gets slower.
            visited = visited.union(next).coalesce(partitions).persist(StorageLevel.MEMORY_AND_DISK());
            visited.rdd().localCheckpoint();
            frontier = next;
        }

        JavaPairRDD<String, CrateGraph> rootsByNode = graphs.mapToPair(g -> new Tuple2<>(defaultNode(g), g));
        JavaRDD<Finding> lineConflicts = reached.distinct()
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .groupByKey()
                .join(archived)
                .flatMapToPair(t -> {
                    Map<String, List<Reached>> byRoot = new TreeMap<>();
                    t._2()._1().forEach(r -> byRoot.computeIfAbsent(r._1(), k -> new ArrayList<>()).add(r._2()));
                    List<Tuple2<String, String>> conflicts = new ArrayList<>();
                    String crate = t._2()._2().get(0).packageName();
                    byRoot.forEach((root, list) -> TreeConflicts.lineConflicts(crate, list, t._2()._2())
                            .forEach(why -> conflicts.add(new Tuple2<>(root, why))));
                    return conflicts.iterator();
                })
                .join(rootsByNode)
                .map(t -> finding(t._2()._2(), t._2()._1(), "line|" + t._2()._1()));
        JavaPairRDD<String, String> linksByNode = graphs.filter(g -> g.links() != null)
                .mapToPair(g -> new Tuple2<>(g.crate() + "@" + g.version(), g.links()));
        JavaRDD<Finding> linkConflicts = visited
                .mapToPair(t -> new Tuple2<>(Nodes.packageName(t._1()) + "@" + Nodes.version(t._1()), t._2()))
                .distinct()
                .join(linksByNode)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._2()._2(), t._1())))
                .groupByKey()
                .flatMapToPair(t -> {
                    Map<String, List<String>> packagesByLinks = new TreeMap<>();
                    t._2().forEach(lp -> packagesByLinks.computeIfAbsent(lp._1(), k -> new ArrayList<>()).add(lp._2().replace('@', ' ')));
                    return TreeConflicts.linkConflicts(packagesByLinks).stream().map(why -> new Tuple2<>(t._1(), why)).iterator();
                })
                .join(rootsByNode)
                .map(t -> finding(t._2()._2(), t._2()._1(), "links|" + t._2()._1()));
        return new Result(lineConflicts.union(linkConflicts), rounds);
    }

    private static String defaultNode(CrateGraph g) {
        return Nodes.id(g.crate(), g.version(), Capability.crate(g.crate(), "default"));
    }

    private static Finding finding(CrateGraph root, String why, String key) {
        return Finding.of(CargoResolutionConflict.INSTANCE, Ecosystem.CARGO, root.crate(), root.version(), null,
                "built with its default features: " + why, root.artifact(), key).withClass("distro");
    }
}
