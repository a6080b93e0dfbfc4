package org.distpolicy.jobs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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

    static Result run(JavaRDD<CrateGraph> graphs, ResolutionStage.Judgement judgement,
                                JavaPairRDD<String, List<ProvidedVersion>> archived) {
        JavaRDD<ResolutionStage.Judged> judged = judgement.judged();
        // owner node → (chosen next node, (required crate, what was reached)); internal edges reach nothing new
        JavaRDD<ResolutionStage.Judged> crates = judged.filter(j -> j.verdict().satisfied()
                && j.requirement().required().namespace().equals(Capability.CRATE));
        JavaPairRDD<String, Tuple2<String, Tuple2<String, Reached>>> edges = Blocks.persist(crates
                .filter(ConflictStage::reaches)
                .mapToPair(j -> {
                    Requirement r = j.requirement();
                    Reached reached = reached(j);
                    return new Tuple2<>(r.node(), new Tuple2<>(Nodes.id(r.required().name(), reached.chosenVersion(), r.required()),
                            new Tuple2<>(r.required().key(), reached)));
                })
                .union(crates.filter(j -> j.requirement().internal())
                        .mapToPair(j -> new Tuple2<>(j.requirement().node(), new Tuple2<>(
                                Nodes.id(j.requirement().required().name(), j.requirement().version(), j.requirement().required()),
                                (Tuple2<String, Reached>) null)))));

        int partitions = judged.getNumPartitions();
        HashPartitioner partitioner = new HashPartitioner(partitions);
        JavaPairRDD<String, String> linksByNode = graphs.filter(g -> g.links() != null)
                .mapToPair(g -> new Tuple2<>(g.crate() + "@" + g.version(), g.links()));
        JavaPairRDD<String, Boolean> starting = ancestors(witnessNodes(judgement, edges, linksByNode), edges, partitioner);
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

    /** Whether a met requirement on a crate is an edge of the walk to another package's crate: hard, not internal. */
    private static boolean reaches(ResolutionStage.Judged judged) {
        return judged.requirement().hard() && !judged.requirement().internal();
    }

    /** What a met requirement on a crate reaches: its newest archived match, as cargo prefers. */
    private static Reached reached(ResolutionStage.Judged judged) {
        return new Reached(judged.requirement().versionReq(),
                TreeConflicts.newest(judged.verdict().satisfiers().stream().map(Nodes::version).toList()));
    }

    /**
     * The nodes every conflict's tree holds one of: those with a requirement that is a conflict
     * witness of its crate, and those of packages declaring a links value another package
     * declares too. The requirements on a crate are all in the partition its capability key
     * hashes to, with its archived versions: the witnesses are counted there, with no shuffle.
     */
    private static JavaRDD<String> witnessNodes(ResolutionStage.Judgement judgement,
                                                JavaPairRDD<String, Tuple2<String, Tuple2<String, Reached>>> edges,
                                                JavaPairRDD<String, String> linksByNode) {
        JavaRDD<String> witnessing = judgement.providers().zipPartitions(judgement.judged(), (maps, judged) -> {
            Map<String, List<ProvidedVersion>> archived = maps.next();
            // crate key → requirement met → how often, over the whole archive (all of the key's requirements are here)
            Map<String, Map<Reached, Long>> counted = new HashMap<>();
            List<ResolutionStage.Judged> edgesHere = new ArrayList<>();
            judged.forEachRemaining(j -> {
                if (j.verdict().satisfied() && j.requirement().required().namespace().equals(Capability.CRATE) && reaches(j)) {
                    counted.computeIfAbsent(j.requirement().required().key(), k -> new HashMap<>()).merge(reached(j), 1L, Long::sum);
                    edgesHere.add(j);
                }
            });
            Map<String, Set<String>> witnesses = new HashMap<>();
            counted.forEach((key, requirements) -> {
                List<ProvidedVersion> versions = archived.getOrDefault(key, List.of());
                if (!versions.isEmpty()) {
                    witnesses.put(key, TreeConflicts.conflictWitnesses(versions.get(0).packageName(), requirements, versions));
                }
            });
            return edgesHere.stream()
                    .filter(j -> witnesses.getOrDefault(j.requirement().required().key(), Set.of()).contains(j.requirement().versionReq()))
                    .map(j -> j.requirement().node())
                    .iterator();
        });
        // Shared links values are as few as the archive's native-library conflicts, so they are collected.
        Set<String> linking = new HashSet<>(linksByNode.mapToPair(Tuple2::swap).distinct().groupByKey()
                .filter(t -> list(t._2()).size() > 1)
                .flatMap(t -> t._2().iterator())
                .collect());
        return witnessing
                .union(edges.flatMap(t -> List.of(t._1(), t._2()._1()).iterator())
                        .filter(node -> linking.contains(Nodes.packageName(node) + "@" + Nodes.version(node))))
                .distinct();
    }

    /** The nodes from which one of {@code from} can be reached (themselves included), round by round against the edges. */
    private static JavaPairRDD<String, Boolean> ancestors(JavaRDD<String> from, JavaPairRDD<String, Tuple2<String, Tuple2<String, Reached>>> edges,
                                                         HashPartitioner partitioner) {
        // One shuffle, duplicates dropped per target: a distinct() first would shuffle every edge twice.
        JavaRDD<Map<String, List<String>>> sources = Blocks.persistIndex(edges.mapToPair(t -> new Tuple2<>(t._2()._1(), t._1()))
                .groupByKey(partitioner).mapValues(owners -> List.copyOf(new LinkedHashSet<>(list(owners)))));
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
