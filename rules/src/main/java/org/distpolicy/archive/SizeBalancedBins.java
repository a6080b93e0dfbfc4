package org.distpolicy.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Groups artifacts into bins of nearly equal total size (longest-processing-time first), so one
 * Spark task reads many small crates and no task is stuck with all the big ones.
 */
public final class SizeBalancedBins {
    /** A per-artifact cost on top of its bytes: opening a file costs something even when it is tiny. */
    static final long OPEN_COST_BYTES = 64 * 1024;

    private SizeBalancedBins() {
    }

    /**
     * @param targetBinBytes the size one bin should read; the bin count also stays at least
     *                       {@code minBins} (to keep every core busy) and at most the artifact count
     */
    public static List<List<ArtifactRef>> bins(List<ArtifactRef> artifacts, int minBins, long targetBinBytes) {
        long total = artifacts.stream().mapToLong(SizeBalancedBins::cost).sum();
        long wanted = Math.max(minBins, (total + targetBinBytes - 1) / targetBinBytes);
        int count = (int) Math.max(1, Math.min(wanted, artifacts.size()));
        List<List<ArtifactRef>> bins = new ArrayList<>(count);
        PriorityQueue<long[]> lightest = new PriorityQueue<>(Comparator.<long[]>comparingLong(b -> b[0]).thenComparingLong(b -> b[1]));
        for (int i = 0; i < count; i++) {
            bins.add(new ArrayList<>());
            lightest.add(new long[] {0, i});
        }
        List<ArtifactRef> bySizeDescending = new ArrayList<>(artifacts);
        bySizeDescending.sort(Comparator.comparingLong(SizeBalancedBins::cost).reversed().thenComparing(ArtifactRef::path));
        for (ArtifactRef artifact : bySizeDescending) {
            long[] bin = lightest.poll();
            bins.get((int) bin[1]).add(artifact);
            bin[0] += cost(artifact);
            lightest.add(bin);
        }
        return bins;
    }

    private static long cost(ArtifactRef artifact) {
        return artifact.sizeBytes() + OPEN_COST_BYTES * Math.max(1, artifact.fileCount());
    }
}
