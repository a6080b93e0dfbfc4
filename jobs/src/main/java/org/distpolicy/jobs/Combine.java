package org.distpolicy.jobs;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.function.Function2;
import scala.Tuple2;

/**
 * reduceByKey with plain maps on both sides of the shuffle.
 *
 * <p>Spark's combine maps re-measure themselves as they grow by walking the object graphs of
 * sampled values (SizeTracker); for the deep causes a fixpoint round carries, that walking in
 * its two reduceByKeys was 9 % of a 100k nightly's CPU (JFR, mapped to stages by the event log).
 * A plain map never spills: this is for what one partition holds in memory anyway (a round's
 * hits or newly broken nodes, at most one entry per edge).
 */
final class Combine {
    private Combine() {
    }

    /** What {@code pairs.reduceByKey(partitioner, merge)} gives; {@code merge} must be associative and commutative, as there. */
    static <K, V> JavaPairRDD<K, V> byKey(JavaPairRDD<K, V> pairs, Partitioner partitioner, Function2<V, V, V> merge) {
        return pairs.mapPartitionsToPair(values -> merged(values, merge))
                .partitionBy(partitioner)
                .mapPartitionsToPair(values -> merged(values, merge), true);
    }

    private static <K, V> Iterator<Tuple2<K, V>> merged(Iterator<Tuple2<K, V>> pairs, Function2<V, V, V> merge) throws Exception {
        Map<K, V> merged = new HashMap<>();
        while (pairs.hasNext()) {
            Tuple2<K, V> pair = pairs.next();
            V earlier = merged.get(pair._1());
            merged.put(pair._1(), earlier == null ? pair._2() : merge.call(earlier, pair._2()));
        }
        return merged.entrySet().stream().map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator();
    }
}
