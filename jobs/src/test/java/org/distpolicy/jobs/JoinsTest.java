package org.distpolicy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class JoinsTest extends LocalSparkTest {
    @Test
    void givesWhatJoinGivesWithRepeatedKeysOnBothSides() {
        JavaPairRDD<Integer, String> large = jsc.parallelizePairs(IntStream.range(0, 500)
                .mapToObj(i -> new Tuple2<>(i % 200, "large " + i)).toList(), 5);
        JavaPairRDD<Integer, String> small = jsc.parallelizePairs(List.of(
                new Tuple2<>(3, "a"), new Tuple2<>(3, "b"), new Tuple2<>(150, "c"), new Tuple2<>(999, "unmatched")), 2);
        assertEquals(sorted(small.join(large).collect()), sorted(Joins.withSmall(small, large).collect()));
        assertEquals(8, Joins.withSmall(small, large).count(), "3 and 150 each occur 2 or 3 times on the large side");
    }

    @Test
    void aPartitionedLargeSideKeepsItsPartitions() {
        JavaPairRDD<Integer, String> large = jsc.parallelizePairs(IntStream.range(0, 100)
                .mapToObj(i -> new Tuple2<>(i, "large " + i)).toList(), 3).partitionBy(new HashPartitioner(7));
        JavaPairRDD<Integer, Tuple2<String, String>> joined = Joins.withSmall(jsc.parallelizePairs(List.of(new Tuple2<>(42, "x"))), large);
        assertEquals(7, joined.getNumPartitions());
        assertEquals(List.of(new Tuple2<>(42, new Tuple2<>("x", "large 42"))), joined.collect());
    }

    private static List<String> sorted(List<Tuple2<Integer, Tuple2<String, String>>> pairs) {
        return pairs.stream().map(Tuple2::toString).sorted(Comparator.naturalOrder()).toList();
    }
}
