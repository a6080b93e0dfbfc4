package org.distpolicy.jobs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaRDDLike;
import org.apache.spark.rdd.RDD;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.KnownSizeEstimation;
import org.apache.spark.util.SizeEstimator;
import scala.Tuple2;

/**
 * RDDs kept in executor memory, deserialized, as one block per partition that knows its size.
 *
 * <p>Spark sizes what it keeps deserialized by walking the object graphs of sampled values, again
 * each time a partition has grown by a tenth ({@link SizeEstimator}). For the deep records a run
 * keeps (facts, requirements, causes) that walking was half the CPU of a 10,000-crate nightly
 * (profiled with JFR). A block is sized once, from a few of its values. Serialized storage would
 * not walk, but Java serialization of the same records cost more than the walking.
 */
final class Blocks {
    private static final int SAMPLED_VALUES = 16;
    private static final long REFERENCE_BYTES = 16;

    private Blocks() {
    }

    /** One partition's content and its estimated size in bytes. */
    private record Block<T>(T content, long estimatedSize) implements KnownSizeEstimation, Serializable {
    }

    /** The values of {@code rdd}, computed once and kept (same partitions, same partitioner); {@link #unpersist} drops them. */
    static <T> JavaRDD<T> persist(JavaRDD<T> rdd) {
        JavaRDD<Block<List<T>>> blocks = rdd.mapPartitions(values -> {
            List<T> list = new ArrayList<>();
            values.forEachRemaining(list::add);
            return List.of(new Block<>(list, estimate(list))).iterator();
        }, true).persist(StorageLevel.MEMORY_AND_DISK());
        return blocks.mapPartitions(block -> block.next().content().iterator(), true);
    }

    static <K, V> JavaPairRDD<K, V> persist(JavaPairRDD<K, V> rdd) {
        return JavaPairRDD.fromJavaRDD(persist(rdd.rdd().toJavaRDD()));
    }

    /**
     * Each partition of a partitioned pair RDD as one map, kept: looked up by the keys of an RDD
     * under the same partitioner, partition by partition ({@code zipPartitions}).
     */
    static <K, V> JavaRDD<Map<K, V>> persistIndex(JavaPairRDD<K, V> partitioned) {
        return persistMaps(partitioned.mapPartitions(pairs -> {
            Map<K, V> map = new HashMap<>();
            pairs.forEachRemaining(pair -> map.put(pair._1(), pair._2()));
            return List.of(map).iterator();
        }, true));
    }

    /** One map per partition, kept as {@link #persistIndex} keeps them (sized from a few entries). */
    static <K, V> JavaRDD<Map<K, V>> persistMaps(JavaRDD<Map<K, V>> maps) {
        JavaRDD<Block<Map<K, V>>> blocks = maps.map(map -> {
            List<Tuple2<K, V>> sample = new ArrayList<>();
            for (Map.Entry<K, V> entry : map.entrySet()) {
                if (sample.size() == SAMPLED_VALUES) {
                    break;
                }
                sample.add(new Tuple2<>(entry.getKey(), entry.getValue()));
            }
            return new Block<>(map, perValue(sample) * map.size());
        }).persist(StorageLevel.MEMORY_AND_DISK());
        return blocks.map(Block::content);
    }

    /** Drops what {@link #persist} kept for the RDD it returned. */
    static void unpersist(JavaRDDLike<?, ?> persisted) {
        kept(persisted).unpersist(false);
    }

    /** Cuts the lineage behind the RDD {@link #persist} returned once its blocks are computed: a fixpoint's rounds stay as cheap as the first. */
    static void localCheckpoint(JavaRDDLike<?, ?> persisted) {
        kept(persisted).localCheckpoint();
    }

    private static RDD<?> kept(JavaRDDLike<?, ?> persisted) {
        RDD<?> blocks = persisted.rdd().dependencies().head().rdd();
        if (blocks.getStorageLevel() == StorageLevel.NONE()) {
            throw new IllegalArgumentException("not an RDD that Blocks.persist returned: " + persisted);
        }
        return blocks;
    }

    private static long estimate(List<?> values) {
        if (values.isEmpty()) {
            return REFERENCE_BYTES;
        }
        int step = Math.max(1, values.size() / SAMPLED_VALUES);
        List<Object> sample = new ArrayList<>();
        for (int i = 0; i < values.size() && sample.size() < SAMPLED_VALUES; i += step) {
            sample.add(values.get(i));
        }
        return perValue(sample) * values.size();
    }

    private static long perValue(List<?> sample) {
        if (sample.isEmpty()) {
            return REFERENCE_BYTES;
        }
        return REFERENCE_BYTES + SizeEstimator.estimate(sample) / sample.size();
    }
}
