package org.distpolicy.jobs;

import org.apache.spark.Partitioner;

/**
 * Puts the ids {@code zipWithUniqueId} gave an RDD of n partitions back where they were given:
 * Spark gives the items of partition k the ids k, n+k, 2n+k, ... So an index built partition by
 * partition from that RDD is already partitioned by this, with no shuffle.
 */
final class UniqueIdPartitioner extends Partitioner {
    private final int partitions;

    UniqueIdPartitioner(int partitions) {
        this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        return (int) Math.floorMod((Long) key, (long) partitions);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UniqueIdPartitioner that && that.partitions == partitions;
    }

    @Override
    public int hashCode() {
        return partitions;
    }
}
