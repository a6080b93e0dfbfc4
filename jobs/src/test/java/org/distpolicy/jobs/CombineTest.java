package org.distpolicy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class CombineTest extends LocalSparkTest {
    @Test
    void givesWhatReduceByKeyGives() {
        // Keys repeat within and across the input's partitions.
        JavaPairRDD<Integer, Long> pairs = jsc.parallelizePairs(IntStream.range(0, 2_000)
                .mapToObj(i -> new Tuple2<>(i % 137, (long) i)).toList(), 5);
        HashPartitioner partitioner = new HashPartitioner(3);
        JavaPairRDD<Integer, Long> combined = Combine.byKey(pairs, partitioner, Long::sum);
        assertEquals(sorted(pairs.reduceByKey(partitioner, Long::sum).collect()), sorted(combined.collect()));
        assertEquals(137, combined.count());
    }

    @Test
    void eachKeyIsInThePartitionThePartitionerSays() {
        HashPartitioner partitioner = new HashPartitioner(4);
        JavaPairRDD<Integer, Long> combined = Combine.byKey(jsc.parallelizePairs(IntStream.range(0, 500)
                .mapToObj(i -> new Tuple2<>(i % 50, 1L)).toList(), 3), partitioner, Long::sum);
        assertEquals(partitioner, combined.partitioner().orNull());
        List<Boolean> placed = combined.mapPartitionsWithIndex((index, values) -> {
            boolean all = true;
            while (values.hasNext()) {
                all &= partitioner.getPartition(values.next()._1()) == index;
            }
            return List.of(all).iterator();
        }, true).collect();
        assertEquals(List.of(true, true, true, true), placed);
    }

    private static List<String> sorted(List<Tuple2<Integer, Long>> pairs) {
        return pairs.stream().map(Tuple2::toString).sorted(Comparator.naturalOrder()).toList();
    }
}
