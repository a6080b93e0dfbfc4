package org.distpolicy.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SizeBalancedChunksTest {
    private static ArtifactRef artifact(int i, long size) {
        return new ArtifactRef("a" + i + ".crate", ArtifactKind.CRATE, size, 1, null, null, List.of());
    }

    /** The chunks' loads (by the chunker's cost), in chunk order; fails if a closed chunk gets another artifact. */
    private static List<Long> loads(SizeBalancedChunks chunker, List<ArtifactRef> artifacts) {
        List<Long> loads = new ArrayList<>();
        Set<Integer> closed = new HashSet<>();
        Set<Integer> open = new HashSet<>();
        for (ArtifactRef artifact : artifacts) {
            SizeBalancedChunks.Placement placement = chunker.place(artifact);
            assertFalse(closed.contains(placement.chunk()), "chunk " + placement.chunk() + " was closed");
            while (loads.size() <= placement.chunk()) {
                loads.add(0L);
            }
            loads.set(placement.chunk(), loads.get(placement.chunk()) + SizeBalancedChunks.cost(artifact));
            open.add(placement.chunk());
            if (placement.generationClosed()) {
                closed.addAll(open);
                open.clear();
            }
        }
        assertEquals(loads.size(), chunker.chunks());
        return loads;
    }

    @Test
    void everyArtifactLandsInAChunkAndEveryChunkIsUsed() {
        List<ArtifactRef> artifacts = IntStream.range(0, 1000).mapToObj(i -> artifact(i, (i * 7919L) % 100_000)).toList();
        List<Long> loads = loads(new SizeBalancedChunks(4, 8L << 20), artifacts);
        assertEquals(artifacts.stream().mapToLong(SizeBalancedChunks::cost).sum(), loads.stream().mapToLong(Long::longValue).sum());
        assertTrue(loads.stream().allMatch(l -> l > 0), "no empty chunk: " + loads);
    }

    @Test
    void closedChunksReachTheTargetAndAGenerationDiffersByAtMostOneArtifact() {
        long target = 8L << 20;
        List<ArtifactRef> artifacts = IntStream.range(0, 3000).mapToObj(i -> artifact(i, (i * 7919L) % 100_000)).toList();
        List<Long> loads = loads(new SizeBalancedChunks(4, target), artifacts);
        long largest = artifacts.stream().mapToLong(SizeBalancedChunks::cost).max().orElseThrow();
        for (int first = 0; first < loads.size(); first += 4) {
            List<Long> generation = loads.subList(first, Math.min(loads.size(), first + 4));
            long max = generation.stream().mapToLong(Long::longValue).max().orElseThrow();
            long min = generation.stream().mapToLong(Long::longValue).min().orElseThrow();
            assertTrue(max - min <= largest, "generation " + first / 4 + ": " + generation);
            if (first + 4 < loads.size()) {
                assertTrue(min >= target, "closed generation " + first / 4 + " reached the target: " + generation);
            }
        }
        assertTrue(loads.size() > 4, "a large archive gets more than one generation: " + loads.size());
    }

    @Test
    void aHugeArtifactDoesNotHoldBackTheOthers() {
        List<ArtifactRef> artifacts = new ArrayList<>();
        artifacts.add(artifact(0, 500L << 20));
        IntStream.range(1, 2001).forEach(i -> artifacts.add(artifact(i, 256 * 1024)));
        List<Long> loads = loads(new SizeBalancedChunks(4, 64L << 20), artifacts);
        assertEquals(SizeBalancedChunks.cost(artifacts.get(0)), loads.get(0), "the huge artifact has a chunk of its own");
        assertTrue(loads.subList(1, loads.size()).stream().allMatch(l -> l <= (64L << 20) + SizeBalancedChunks.cost(artifacts.get(1))),
                "the others fill chunks of about the target: " + loads);
    }

    @Test
    void aSmallArchiveFillsOneGenerationButNoEmptyChunk() {
        assertEquals(3, loads(new SizeBalancedChunks(8, 1 << 20), List.of(artifact(1, 1), artifact(2, 1), artifact(3, 1))).size());
        assertEquals(8, loads(new SizeBalancedChunks(8, 1L << 40), IntStream.range(0, 100).mapToObj(i -> artifact(i, 10)).toList()).size());
        assertEquals(0, new SizeBalancedChunks(8, 1 << 20).chunks());
    }
}
