package org.distpolicy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaPairRDD;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class UniqueIdPartitionerTest extends LocalSparkTest {
    @Test
    void eachIdIsWhereZipWithUniqueIdGaveIt() {
        // Uneven partitions: ids are then not consecutive, and a partition's ids run past the others'.
        JavaPairRDD<String, Long> numbered = jsc.parallelize(IntStream.range(0, 1_000).mapToObj(i -> "item " + i).toList(), 7)
                .filter(s -> s.hashCode() % 3 != 0)
                .zipWithUniqueId();
        UniqueIdPartitioner partitioner = new UniqueIdPartitioner(numbered.getNumPartitions());
        List<Integer> misplaced = numbered.mapPartitionsWithIndex((partition, items) -> {
            List<Integer> wrong = new ArrayList<>();
            items.forEachRemaining(item -> {
                if (partitioner.getPartition(item._2()) != partition) {
                    wrong.add(partition);
                }
            });
            return wrong.iterator();
        }, false).collect();
        assertEquals(List.of(), misplaced);
    }

    @Test
    void aShuffleByItMovesNothing() {
        JavaPairRDD<Long, String> byId = jsc.parallelize(IntStream.range(0, 300).mapToObj(i -> "item " + i).toList(), 4)
                .zipWithUniqueId().mapToPair(Tuple2::swap);
        assertEquals(byId.glom().collect(), byId.partitionBy(new UniqueIdPartitioner(4)).glom().collect());
    }

    @Test
    void equalForTheSameNumberOfPartitions() {
        assertEquals(new UniqueIdPartitioner(6), new UniqueIdPartitioner(6));
        assertNotEquals(new UniqueIdPartitioner(6), new UniqueIdPartitioner(7));
    }
}
