package org.distpolicy.archive;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Cuts a stream of artifacts into chunks of nearly equal total size as they are listed, without
 * keeping them: so one Spark task reads many small crates and no task is stuck with all the big
 * ones, while the driver holds no artifact. A generation of chunks fills side by side, each
 * artifact going to the lightest; once even the lightest has reached the target size, the whole
 * generation is closed and a new one begins. So the chunks of a generation differ by at most one
 * artifact, closed ones are about the target size, and a small archive still gets as many chunks
 * as a generation has (to keep every core busy) unless it has fewer artifacts.
 */
public final class SizeBalancedChunks {
    /** A per-artifact cost on top of its bytes: opening a file costs something even when it is tiny. */
    static final long OPEN_COST_BYTES = 64 * 1024;

    /**
     * Where an artifact went.
     *
     * @param chunk            its chunk, numbered from 0 in order of first use
     * @param generationClosed whether this artifact closed the chunks open so far: none gets another artifact
     */
    public record Placement(int chunk, boolean generationClosed) {
    }

    private final int generation;
    private final long targetChunkBytes;
    /** The open chunks as {load, chunk number or -1 before its first artifact, slot}, lightest first. */
    private final PriorityQueue<long[]> open = new PriorityQueue<>(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[2]));
    private int chunks;

    /**
     * @param generation       how many chunks fill side by side (at least 1)
     * @param targetChunkBytes the size every chunk of a generation reaches before the generation is closed
     */
    public SizeBalancedChunks(int generation, long targetChunkBytes) {
        this.generation = Math.max(1, generation);
        this.targetChunkBytes = targetChunkBytes;
        openGeneration();
    }

    public Placement place(ArtifactRef artifact) {
        long[] lightest = open.poll();
        if (lightest[1] < 0) {
            lightest[1] = chunks++;
        }
        lightest[0] += cost(artifact);
        open.add(lightest);
        boolean full = open.peek()[0] >= targetChunkBytes;
        if (full) {
            open.clear();
            openGeneration();
        }
        return new Placement((int) lightest[1], full);
    }

    /** How many chunks got an artifact so far. */
    public int chunks() {
        return chunks;
    }

    private void openGeneration() {
        for (int slot = 0; slot < generation; slot++) {
            open.add(new long[] {0, -1, slot});
        }
    }

    static long cost(ArtifactRef artifact) {
        return artifact.sizeBytes() + OPEN_COST_BYTES * Math.max(1, artifact.fileCount());
    }
}
