package org.distpolicy.jobs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
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
 * round by round, then checks cargo's one-version-per-semver-line rule and that no
 * two packages of the tree link the same native library.
 *
 * <p>Walking every tree costs the sum of all tree sizes, which grows faster than the archive
 * (popular crates are in most trees). So only the trees that can conflict are walked: those of
 * the roots that reach a requirement every line conflict needs one of
 * ({@link TreeConflicts#conflictWitnesses}: most trees reach a popular line's common requirements,
 * few its odd ones), or a package whose {@code links} value another package declares too.
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
        JavaPairRDD<String, Tuple2<String, Tuple2<String, Reached>>> edges = Blocks.persist(crates
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
                                (Tuple2<String, Reached>) null)))));

        int partitions = judged.getNumPartitions();
        HashPartitioner partitioner = new HashPartitioner(partitions);
        JavaPairRDD<String, String> linksByNode = graphs.filter(g -> g.links() != null)
                .mapToPair(g -> new Tuple2<>(g.crate() + "@" + g.version(), g.links()));
        JavaPairRDD<String, Boolean> starting = ancestors(witnessNodes(edges, archived, linksByNode), edges, partitioner);
        JavaRDD<Map<String, List<Tuple2<String, Tuple2<String, Reached>>>>> edgesByNode = Blocks.persistIndex(edges
                .groupByKey(partitioner).mapValues(ConflictStage::list));

        // (node, root) pairs of every tree that can conflict, grown round by round from the roots.
        JavaPairRDD<String, String> visited = Blocks.persist(Joins.withSmall(starting, graphs.mapToPair(g -> new Tuple2<>(defaultNode(g), defaultNode(g))))
                .mapToPair(t -> new Tuple2<>(t._1(), t._2()._2())));
        JavaPairRDD<String, String> frontier = visited;
        // (root, (crate key, reached)) for every external requirement met in a root's tree
        JavaRDD<Tuple2<String, Tuple2<String, Reached>>> reached = JavaRDDs.empty(judged);
        JavaPairRDD<String, String> olderVisited = null;
        int rounds = 0;
        while (true) {
            rounds++;
            JavaPairRDD<String, Tuple2<String, Tuple2<String, Reached>>> step = Blocks.persist(follow(edgesByNode, frontier, partitioner));
            reached = reached.union(step.filter(t -> t._2()._2() != null).map(t -> new Tuple2<>(t._1(), t._2()._2())));
            JavaPairRDD<String, String> next = Blocks.persist(step.mapToPair(t -> new Tuple2<>(t._2()._1(), t._1()))
                    .distinct()
                    .subtract(visited));
            boolean done = next.isEmpty();
            dropRead(olderVisited, frontier, visited);
            if (done) {
                Blocks.unpersist(next);
                break;
            }
            // union() adds the partitions of both sides; without the coalesce every round gets slower.
            olderVisited = visited;
            visited = Blocks.persist(visited.union(next).coalesce(partitions));
            Blocks.localCheckpoint(visited);
            frontier = next;
        }
        Blocks.unpersist(edgesByNode);
        Blocks.unpersist(starting);

        JavaPairRDD<String, Root> rootsByNode = graphs.mapToPair(g -> new Tuple2<>(defaultNode(g), new Root(g.crate(), g.version(), g.artifact())));
        JavaPairRDD<String, Iterable<Tuple2<String, Reached>>> reachedByCrate = reached.distinct()
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .groupByKey();
        JavaRDD<Finding> lineConflicts = Joins.withSmall(Joins.withSmall(reachedByCrate, archived)
                .flatMapToPair(t -> {
                    Map<String, List<Reached>> byRoot = new TreeMap<>();
                    t._2()._1().forEach(r -> byRoot.computeIfAbsent(r._1(), k -> new ArrayList<>()).add(r._2()));
                    List<Tuple2<String, String>> conflicts = new ArrayList<>();
                    String crate = t._2()._2().get(0).packageName();
                    byRoot.forEach((root, list) -> TreeConflicts.lineConflicts(crate, list, t._2()._2())
                            .forEach(why -> conflicts.add(new Tuple2<>(root, why))));
                    return conflicts.iterator();
                }), rootsByNode)
                .map(t -> finding(t._2()._2(), t._2()._1(), "line|" + t._2()._1()));
        JavaRDD<Finding> linkConflicts = Joins.withSmall(visited
                .mapToPair(t -> new Tuple2<>(Nodes.packageName(t._1()) + "@" + Nodes.version(t._1()), t._2()))
                .distinct()
                .join(linksByNode)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._2()._2(), t._1())))
                .groupByKey()
                .flatMapToPair(t -> {
                    Map<String, List<String>> packagesByLinks = new TreeMap<>();
                    t._2().forEach(lp -> packagesByLinks.computeIfAbsent(lp._1(), k -> new ArrayList<>()).add(lp._2().replace('@', ' ')));
                    return TreeConflicts.linkConflicts(packagesByLinks).stream().map(why -> new Tuple2<>(t._1(), why)).iterator();
                }), rootsByNode)
                .map(t -> finding(t._2()._2(), t._2()._1(), "links|" + t._2()._1()));
        return new Result(lineConflicts.union(linkConflicts), rounds);
    }

    /**
     * The nodes every conflict's tree holds one of: those with a requirement that is a conflict
     * witness of its crate, and those of packages declaring a links value another package
     * declares too.
     */
    private static JavaRDD<String> witnessNodes(JavaPairRDD<String, Tuple2<String, Tuple2<String, Reached>>> edges,
                                                JavaPairRDD<String, List<ProvidedVersion>> archived,
                                                JavaPairRDD<String, String> linksByNode) {
        JavaPairRDD<String, Tuple2<String, Reached>> reachedByOwner = edges.filter(t -> t._2()._2() != null).mapValues(Tuple2::_2);
        // (crate key, requirement) of every witness
        JavaPairRDD<Tuple2<String, String>, Boolean> witnesses = reachedByOwner
                .mapToPair(t -> new Tuple2<>(t._2(), 1L))
                .reduceByKey(Long::sum)
                .mapToPair(t -> new Tuple2<>(t._1()._1(), new Tuple2<>(t._1()._2(), t._2())))
                .groupByKey()
                .join(archived)
                .flatMapToPair(t -> {
                    Map<Reached, Long> counted = new HashMap<>();
                    t._2()._1().forEach(rc -> counted.put(rc._1(), rc._2()));
                    return TreeConflicts.conflictWitnesses(t._2()._2().get(0).packageName(), counted, t._2()._2()).stream()
                            .map(req -> new Tuple2<>(new Tuple2<>(t._1(), req), Boolean.TRUE))
                            .iterator();
                });
        // Shared links values are as few as the archive's native-library conflicts, so they are collected.
        Set<String> linking = new HashSet<>(linksByNode.mapToPair(Tuple2::swap).distinct().groupByKey()
                .filter(t -> list(t._2()).size() > 1)
                .flatMap(t -> t._2().iterator())
                .collect());
        return reachedByOwner
                .mapToPair(t -> new Tuple2<>(new Tuple2<>(t._2()._1(), t._2()._2().versionReq()), t._1()))
                .join(witnesses)
                .map(t -> t._2()._1())
                .union(edges.flatMap(t -> List.of(t._1(), t._2()._1()).iterator())
                        .filter(node -> linking.contains(Nodes.packageName(node) + "@" + Nodes.version(node))))
                .distinct();
    }

    /** The nodes from which one of {@code from} can be reached (themselves included), round by round against the edges. */
    private static JavaPairRDD<String, Boolean> ancestors(JavaRDD<String> from, JavaPairRDD<String, Tuple2<String, Tuple2<String, Reached>>> edges,
                                                         HashPartitioner partitioner) {
        JavaRDD<Map<String, List<String>>> sources = Blocks.persistIndex(edges.mapToPair(t -> new Tuple2<>(t._2()._1(), t._1())).distinct()
                .groupByKey(partitioner).mapValues(ConflictStage::list));
        JavaPairRDD<String, Boolean> found = Blocks.persist(from.mapToPair(n -> new Tuple2<>(n, Boolean.TRUE)));
        JavaPairRDD<String, Boolean> frontier = found;
        JavaPairRDD<String, Boolean> olderFound = null;
        while (true) {
            JavaPairRDD<String, Boolean> next = Blocks.persist(follow(sources, frontier, partitioner)
                    .mapToPair(t -> new Tuple2<>(t._2(), Boolean.TRUE))
                    .distinct()
                    .subtractByKey(found));
            boolean done = next.isEmpty();
            dropRead(olderFound, frontier, found);
            if (done) {
                Blocks.unpersist(next);
                Blocks.unpersist(sources);
                return found;
            }
            olderFound = found;
            found = Blocks.persist(found.union(next).coalesce(partitioner.numPartitions()));
            Blocks.localCheckpoint(found);
            frontier = next;
        }
    }

    /**
     * Drops what a round's job read for the last time: the set of two rounds before and the
     * frontier, both held by the set that job computed. Kept, they crowd out of memory what the
     * rest of the run keeps.
     */
    private static <V> void dropRead(JavaPairRDD<String, V> olderSet, JavaPairRDD<String, V> frontier, JavaPairRDD<String, V> set) {
        if (olderSet != null) {
            Blocks.unpersist(olderSet);
        }
        if (frontier != set && frontier != olderSet) {
            Blocks.unpersist(frontier);
        }
    }

    /**
     * Each (key, value) of {@code pairs} with every target the index holds for its key, as (value,
     * target): a lookup partition by partition, so a round costs its frontier, not the graph.
     */
    private static <V, T> JavaPairRDD<V, T> follow(JavaRDD<Map<String, List<T>>> index, JavaPairRDD<String, V> pairs, HashPartitioner partitioner) {
        return JavaPairRDD.fromJavaRDD(index.zipPartitions(pairs.partitionBy(partitioner), (maps, keyed) -> {
            Map<String, List<T>> targets = maps.next();
            List<Tuple2<V, T>> followed = new ArrayList<>();
            keyed.forEachRemaining(pair -> targets.getOrDefault(pair._1(), List.of()).forEach(target -> followed.add(new Tuple2<>(pair._2(), target))));
            return followed.iterator();
        }));
    }

    private static <T> List<T> list(Iterable<T> values) {
        List<T> list = new ArrayList<>();
        values.forEach(list::add);
        return list;
    }

    private static String defaultNode(CrateGraph g) {
        return Nodes.id(g.crate(), g.version(), Capability.crate(g.crate(), "default"));
    }

    /** What a finding names of the crate version built. */
    private record Root(String crate, String version, String artifact) implements Serializable {
    }

    private static Finding finding(Root root, String why, String key) {
        return Finding.of(CargoResolutionConflict.INSTANCE, Ecosystem.CARGO, root.crate(), root.version(), null,
                "built with its default features: " + why, root.artifact(), key).withClass("distro");
    }
}
