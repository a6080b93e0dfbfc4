package org.distpolicy.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.distpolicy.archive.ArchiveAccess;
import org.distpolicy.archive.ArchiveLayout;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.SizeBalancedChunks;

/**
 * The archive's artifact references, streamed by the driver as it walks the archive into
 * size-balanced chunk files (JSON lines) in a directory of a Hadoop filesystem, so neither the
 * driver's heap nor the tasks carry them: a task names its chunk, the executor reads it. What the
 * driver keeps is the directory and a few counts, whatever the archive's size.
 */
final class Listing {
    /** About this much compressed input (with a per-file open cost) per task keeps tasks short enough to balance and long enough to amortize. */
    private static final long TARGET_CHUNK_BYTES = 64L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String directory;
    private final Configuration conf;
    private final int chunks;
    private final long artifacts;
    private final long bytes;

    private Listing(String directory, Configuration conf, int chunks, long artifacts, long bytes) {
        this.directory = directory;
        this.conf = conf;
        this.chunks = chunks;
        this.artifacts = artifacts;
        this.bytes = bytes;
    }

    /**
     * Walks the archive, classifies its files into artifacts and writes them into {@code directory}.
     *
     * @param generation how many chunks at least (unless there are fewer artifacts): twice the cores keeps every core busy
     */
    static Listing write(ArchiveAccess archive, String directory, Configuration conf, int generation) throws IOException {
        Path root = new Path(directory);
        FileSystem fs = root.getFileSystem(conf);
        fs.mkdirs(root);
        SizeBalancedChunks chunker = new SizeBalancedChunks(generation, TARGET_CHUNK_BYTES);
        Map<Integer, OutputStream> open = new HashMap<>();
        long[] counts = new long[2];
        try {
            ArchiveLayout layout = new ArchiveLayout(ref -> {
                SizeBalancedChunks.Placement placement = chunker.place(ref);
                OutputStream out = open.get(placement.chunk());
                if (out == null) {
                    out = fs.create(chunkPath(root, placement.chunk()), false);
                    open.put(placement.chunk(), out);
                }
                out.write(JSON.writeValueAsBytes(ref));
                out.write('\n');
                counts[0]++;
                counts[1] += ref.sizeBytes();
                if (placement.generationClosed()) {
                    closeAll(open);
                }
            });
            archive.forEachFile("", layout::add);
            layout.finish();
        } finally {
            closeAll(open);
        }
        return new Listing(fs.makeQualified(root).toString(), conf, chunker.chunks(), counts[0], counts[1]);
    }

    private static void closeAll(Map<Integer, OutputStream> open) throws IOException {
        for (OutputStream out : open.values()) {
            out.close();
        }
        open.clear();
    }

    private static Path chunkPath(Path root, int chunk) {
        return new Path(root, String.format("chunk-%05d.jsonl", chunk));
    }

    /**
     * The references, one partition per chunk (partition i holds chunk i): a task carries the
     * chunk's number, the directory and the handle of the Hadoop configuration, broadcast once.
     */
    JavaRDD<ArtifactRef> refs(JavaSparkContext jsc) {
        String root = directory;
        Broadcast<SerializableConfiguration> shared = jsc.broadcast(new SerializableConfiguration(conf));
        return jsc.parallelize(IntStream.range(0, chunks).boxed().toList(), Math.max(1, chunks))
                .flatMap(chunk -> read(root, shared.value().value(), chunk).iterator());
    }

    /** One chunk's references, read on the driver. */
    List<ArtifactRef> read(int chunk) {
        return read(directory, conf, chunk);
    }

    private static List<ArtifactRef> read(String directory, Configuration conf, int chunk) {
        Path path = chunkPath(new Path(directory), chunk);
        List<ArtifactRef> refs = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(path.getFileSystem(conf).open(path), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                refs.add(JSON.readValue(line, ArtifactRef.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the listing chunk " + path, e);
        }
        return refs;
    }

    int chunks() {
        return chunks;
    }

    long artifacts() {
        return artifacts;
    }

    /** The artifacts' total size. */
    long bytes() {
        return bytes;
    }

    /** Removes the chunk files once no task will read them again (a lost executor's partitions are recomputed from them until then). */
    void delete() throws IOException {
        Path root = new Path(directory);
        root.getFileSystem(conf).delete(root, true);
    }
}
