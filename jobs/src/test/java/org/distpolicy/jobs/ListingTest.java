package org.distpolicy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.distpolicy.archive.ArchiveLayout;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.LocalArchiveAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingTest {
    private static final Path SAMPLE_ARCHIVE = Path.of("..", "datasets", "sample", "archive");

    @TempDir
    Path work;

    @Test
    void theChunksHoldEveryArtifactOfTheArchiveExactlyOnceAsTheLayoutClassifiesIt() throws IOException {
        LocalArchiveAccess archive = new LocalArchiveAccess(SAMPLE_ARCHIVE);
        List<ArtifactRef> expected = ArchiveLayout.classify(archive.listFiles(""));
        Listing listing = Listing.write(archive, work.resolve("listing").toUri().toString(), new Configuration(), 4);

        assertEquals(4, listing.chunks(), "a small archive fills one generation of chunks");
        List<ArtifactRef> read = new ArrayList<>();
        IntStream.range(0, listing.chunks()).forEach(chunk -> {
            List<ArtifactRef> refs = listing.read(chunk);
            assertFalse(refs.isEmpty(), "chunk " + chunk + " is used");
            read.addAll(refs);
        });
        read.sort(Comparator.comparing(ArtifactRef::path));
        assertEquals(expected, read, "every reference round-trips, stamp, hints and companions included");
        assertEquals(expected.size(), listing.artifacts());
        assertEquals(expected.stream().mapToLong(ArtifactRef::sizeBytes).sum(), listing.bytes());

        listing.delete();
        assertFalse(Files.exists(work.resolve("listing")));
    }
}
