package org.distpolicy.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SizeBalancedBinsTest {
    private static ArtifactRef artifact(int i, long size) {
        return new ArtifactRef("a" + i + ".crate", ArtifactKind.CRATE, size, 1, null, null, List.of());
    }

    @Test
    void everyArtifactLandsInExactlyOneBin() {
        List<ArtifactRef> artifacts = IntStream.range(0, 1000).mapToObj(i -> artifact(i, (i * 7919L) % 100_000)).toList();
        List<List<ArtifactRef>> bins = SizeBalancedBins.bins(artifacts, 4, 1 << 20);
        List<ArtifactRef> all = new ArrayList<>();
        bins.forEach(all::addAll);
        assertEquals(1000, all.size());
        assertEquals(1000, all.stream().distinct().count());
    }

    @Test
    void binsAreBalancedWhenOneArtifactIsHuge() {
        List<ArtifactRef> artifacts = new ArrayList<>();
        artifacts.add(artifact(0, 500L << 20));
        IntStream.range(1, 2001).forEach(i -> artifacts.add(artifact(i, 256 * 1024)));
        List<List<ArtifactRef>> bins = SizeBalancedBins.bins(artifacts, 4, 64L << 20);
        assertEquals(1, bins.stream().filter(b -> b.contains(artifacts.get(0))).findFirst().orElseThrow().size(),
                "the huge artifact gets a bin of its own");
        long[] loads = bins.stream().filter(b -> !b.contains(artifacts.get(0)))
                .mapToLong(b -> b.stream().mapToLong(ArtifactRef::sizeBytes).sum()).toArray();
        long max = java.util.Arrays.stream(loads).max().orElseThrow();
        long min = java.util.Arrays.stream(loads).min().orElseThrow();
        assertTrue(max - min <= 256 * 1024, "small bins differ by at most one artifact: " + min + ".." + max);
    }

    @Test
    void neverMoreBinsThanArtifactsNorFewerThanAsked() {
        assertEquals(3, SizeBalancedBins.bins(List.of(artifact(1, 1), artifact(2, 1), artifact(3, 1)), 8, 1 << 20).size());
        assertEquals(8, SizeBalancedBins.bins(IntStream.range(0, 100).mapToObj(i -> artifact(i, 10)).toList(), 8, 1L << 40).size());
        assertEquals(1, SizeBalancedBins.bins(List.of(), 8, 1 << 20).size());
    }
}
