package org.distpolicy.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.distpolicy.archive.ArchiveAccess;
import org.distpolicy.archive.ArtifactKind;
import org.distpolicy.archive.ArtifactProblem;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.DirectoryTree;
import org.distpolicy.archive.PackageTree;
import org.distpolicy.archive.TarGzTree;
import org.distpolicy.archive.ZipTree;
import org.distpolicy.hash.Sha256;

/**
 * The speed limit of a run: one plain parallel pass over the same artifacts, on the same number
 * of threads, with the same container readers, that only decompresses every entry and hashes
 * it. Nothing is parsed, nothing is kept, no Spark. A run cannot read faster than this.
 */
final class ReadFloor {
    private static final int BUFFER = 64 << 10;

    private ReadFloor() {
    }

    /** Wall and CPU seconds for the pass, and the bytes it decompressed. */
    record Result(double seconds, double cpuSeconds, long unpackedBytes) {
    }

    /** Reads the listing's chunks side by side (one at a time per thread, as a Spark task would), never the whole listing at once. */
    static Result measure(ArchiveAccess archive, Listing listing, int threads) {
        AtomicLong unpacked = new AtomicLong();
        ForkJoinPool pool = new ForkJoinPool(threads);
        long start = System.nanoTime();
        long cpuStart = StageClock.processCpuNanos();
        try {
            pool.submit(() -> IntStream.range(0, listing.chunks()).parallel()
                    .forEach(chunk -> listing.read(chunk).forEach(ref -> unpacked.addAndGet(read(archive, ref))))).join();
        } finally {
            pool.shutdown();
        }
        return new Result((System.nanoTime() - start) / 1e9, (StageClock.processCpuNanos() - cpuStart) / 1e9, unpacked.get());
    }

    /** The bytes decompressed; a damaged artifact counts what was read before it failed. */
    private static long read(ArchiveAccess archive, ArtifactRef ref) {
        long[] bytes = new long[1];
        byte[] buffer = new byte[BUFFER];
        MessageDigest digest = Sha256.newDigest();
        PackageTree.EntryVisitor hash = (entry, content) -> bytes[0] += digest(content, digest, buffer);
        try {
            switch (ref.kind()) {
                case CRATE -> withStream(archive, ref, in -> new TarGzTree(in).read(hash));
                case GO_MODULE_ZIP -> withStream(archive, ref, in -> new ZipTree(in).read(hash));
                case GO_MODULE_MOD, UNRECOGNIZED -> withStream(archive, ref, in -> bytes[0] += digest(in, digest, buffer));
                case CRATE_DIR, GO_SOURCE_TREE -> new DirectoryTree(archive, ref.path(), ref.kind() == ArtifactKind.GO_SOURCE_TREE).read(hash);
                case LINK -> {
                }
            }
        } catch (IOException | ArtifactProblem | RuntimeException e) {
            // A damaged artifact costs what was read before the damage, as in a run.
        }
        return bytes[0];
    }

    private interface StreamReader {
        void read(InputStream in) throws IOException, ArtifactProblem;
    }

    private static void withStream(ArchiveAccess archive, ArtifactRef ref, StreamReader reader) throws IOException, ArtifactProblem {
        try (InputStream in = archive.open(ref.path())) {
            reader.read(in);
        }
    }

    private static long digest(InputStream in, MessageDigest digest, byte[] buffer) throws IOException {
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; total += n) {
            digest.update(buffer, 0, n);
        }
        digest.digest();
        return total;
    }
}
