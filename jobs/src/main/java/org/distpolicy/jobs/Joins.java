package org.distpolicy.jobs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

/**
 * Joins with one small side, held in a plain map per partition while the large side streams past.
 *
 * <p>Spark's {@code join} puts both sides into a size-tracked aggregation map whose sampling
 * walks the object graphs of the values it holds; for the deep values of a run (crate graphs,
 * file lists, archived versions) that walking was a fifth of a 100k nightly's CPU (JFR).
 */
final class Joins {
    private Joins() {
    }

    /**
     * What {@code small.join(large)} gives. The small side moves to the large side's partitioner
     * (the large side is only shuffled when it has none).
     */
    static <K, S, L> JavaPairRDD<K, Tuple2<S, L>> withSmall(JavaPairRDD<K, S> small, JavaPairRDD<K, L> large) {
        JavaPairRDD<K, L> partitioned = large.partitioner().isPresent() ? large : large.partitionBy(new HashPartitioner(large.getNumPartitions()));
        Partitioner partitioner = partitioned.partitioner().get();
        return JavaPairRDD.fromJavaRDD(partitioned.zipPartitions(small.partitionBy(partitioner), (largeValues, smallValues) -> {
            Map<K, List<S>> held = new HashMap<>();
            smallValues.forEachRemaining(pair -> held.computeIfAbsent(pair._1(), k -> new ArrayList<>(1)).add(pair._2()));
            List<Tuple2<K, Tuple2<S, L>>> joined = new ArrayList<>();
            largeValues.forEachRemaining(pair -> held.getOrDefault(pair._1(), List.of())
                    .forEach(value -> joined.add(new Tuple2<>(pair._1(), new Tuple2<>(value, pair._2())))));
            return joined.iterator();
        }));
    }
}
