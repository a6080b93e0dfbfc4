package org.distpolicy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.RDDInfo;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class BlocksTest extends LocalSparkTest {
    @Test
    void valuesAreComputedOnceAndKeptUntilUnpersisted() {
        LongAccumulator computed = jsc.sc().longAccumulator();
        JavaRDD<String> kept = Blocks.persist(jsc.parallelize(IntStream.range(0, 1000).boxed().toList(), 4).map(i -> {
            computed.add(1);
            return "value " + i;
        }));
        assertEquals(1000, kept.count());
        assertEquals(List.of("value 0", "value 1"), kept.take(2));
        assertEquals(1000, kept.distinct().count());
        assertEquals(1000, computed.value(), "computed once, read back three times");
        assertTrue(cachedBytes() > 1000 * 40, "sized from its values: " + cachedBytes());

        Blocks.unpersist(kept);
        assertEquals(0, cachedBytes());
    }

    @Test
    void pairsKeepTheirPartitionerAndAnIndexLooksUpByPartition() {
        HashPartitioner partitioner = new HashPartitioner(3);
        JavaPairRDD<String, Integer> pairs = Blocks.persist(jsc.parallelizePairs(
                IntStream.range(0, 300).mapToObj(i -> new Tuple2<>("k" + i, i)).toList()).partitionBy(partitioner));
        assertEquals(partitioner, pairs.partitioner().get());

        JavaRDD<Map<String, Integer>> index = Blocks.persistIndex(pairs);
        JavaPairRDD<String, Boolean> wanted = jsc.parallelizePairs(List.of(new Tuple2<>("k7", true), new Tuple2<>("k250", true),
                new Tuple2<>("missing", true))).partitionBy(partitioner);
        List<Integer> found = index.zipPartitions(wanted, (maps, keys) -> {
            Map<String, Integer> map = maps.next();
            List<Integer> values = new ArrayList<>();
            keys.forEachRemaining(key -> {
                if (map.containsKey(key._1())) {
                    values.add(map.get(key._1()));
                }
            });
            return values.iterator();
        }).collect();
        assertEquals(List.of(7, 250), found.stream().sorted().toList());
        Blocks.unpersist(index);
        Blocks.unpersist(pairs);
        assertEquals(0, cachedBytes());
    }

    @Test
    void onlyWhatPersistReturnedCanBeUnpersisted() {
        JavaRDD<Integer> plain = jsc.parallelize(List.of(1, 2, 3)).map(i -> i + 1);
        assertThrows(IllegalArgumentException.class, () -> Blocks.unpersist(plain));
    }

    private static long cachedBytes() {
        long bytes = 0;
        for (RDDInfo info : spark.sparkContext().getRDDStorageInfo()) {
            bytes += info.memSize() + info.diskSize();
        }
        return bytes;
    }
}
