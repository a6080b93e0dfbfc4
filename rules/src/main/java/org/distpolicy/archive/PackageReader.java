package org.distpolicy.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.distpolicy.hash.Sha256;
import org.distpolicy.rules.artifact.ArtifactLimitExceeded;

/**
 * Reads a package tree once: hashes every file, keeps the contents of the files asked for,
 * skips unsafe entries (recording why) and stops with {@link ArtifactProblem} when a limit is
 * exceeded. Nothing is extracted to disk.
 */
public final class PackageReader {
    private static final int BUFFER = 64 * 1024;
    private static final int MIN_BUFFER = 4 * 1024;

    private final ReadLimits limits;
    private final long compressedBytes;
    private final Function<String, Capture> capture;
    private final HeadSink heads;

    /**
     * @param compressedBytes size of the container, for the ratio limit; 0 when uncompressed
     * @param capture         which package-relative paths to keep the content of, and how strictly
     * @param heads           which files' first bytes to pass on, and to whom
     */
    public PackageReader(ReadLimits limits, long compressedBytes, Function<String, Capture> capture, HeadSink heads) {
        this.limits = limits;
        this.compressedBytes = compressedBytes;
        this.capture = capture;
        this.heads = heads;
    }

    public PackageContent read(PackageTree tree, RootPrefix rootPrefix) throws IOException, ArtifactProblem {
        Collector collector = new Collector(rootPrefix);
        tree.read(collector::visit);
        return new PackageContent(List.copyOf(collector.files), collector.captured, List.copyOf(collector.uncaptured),
                List.copyOf(collector.unsafe), collector.unpacked);
    }

    /** State of one read: what was found so far and the budget used. */
    private final class Collector {
        private final RootPrefix rootPrefix;
        private final List<FileEntry> files = new ArrayList<>();
        private final Map<String, byte[]> captured = new LinkedHashMap<>();
        private final List<String> uncaptured = new ArrayList<>();
        private final List<String> unsafe = new ArrayList<>();
        /** Grown to the largest file read so far, up to BUFFER: most packages' files are far smaller, and 64 KiB zeroed per package showed in profiles. */
        private byte[] buffer = new byte[0];
        private String prefix;
        private long unpacked;
        private long entries;
        /** Bytes kept of {@link Capture#IF_WITHIN_LIMIT} files, which share one limit. */
        private long optionalKept;

        Collector(RootPrefix rootPrefix) {
            this.rootPrefix = rootPrefix;
        }

        void visit(TreeEntry entry, InputStream content) throws IOException, ArtifactProblem {
            if (++entries > limits.maxEntries()) {
                throw new ArtifactProblem(ArtifactLimitExceeded.INSTANCE, "more than " + limits.maxEntries() + " entries");
            }
            String name = entry.name();
            String why = EntryPaths.unsafeName(name);
            if (why != null) {
                unsafe.add(why + ": " + printable(name));
                return;
            }
            if (prefix == null) {
                prefix = rootPrefix.of(name);
            }
            String path = !prefix.isEmpty() && name.startsWith(prefix) ? name.substring(prefix.length()) : name;
            switch (entry.type()) {
                case DIRECTORY -> {
                }
                case SYMLINK -> note(EntryPaths.unsafeSymlink(path, entry.linkTarget()), path);
                case HARDLINK -> {
                    String target = entry.linkTarget() == null ? "" : entry.linkTarget();
                    String targetWhy = EntryPaths.unsafeName(target);
                    note(targetWhy == null ? null : "hard link to an " + targetWhy.replace("entry name", "entry") + " (" + printable(target) + ")", path);
                }
                case SPECIAL -> note("device, fifo or other special file", path);
                case FILE -> file(entry, path, content);
            }
        }

        private void note(String why, String path) {
            if (why != null) {
                unsafe.add(why + ": " + printable(path));
            }
        }

        private void file(TreeEntry entry, String path, InputStream content) throws IOException, ArtifactProblem {
            if (entry.declaredSize() > limits.maxUnpackedBytes() - unpacked) {
                throw overSize(unpacked + entry.declaredSize());
            }
            // Room for a file's declared size and one byte to see its end, at least MIN_BUFFER: a declared size
            // may lie (a bomb declaring 0 bytes), and a tiny buffer would then cost a read call per byte.
            int wanted = entry.declaredSize() < 0 ? BUFFER : (int) Math.max(MIN_BUFFER, Math.min(BUFFER, entry.declaredSize() + 1));
            if (buffer.length < wanted) {
                buffer = new byte[wanted];
            }
            MessageDigest sha = Sha256.newDigest();
            Capture mode = capture.apply(path);
            ByteArrayOutputStream kept = mode == Capture.SKIP ? null : new ByteArrayOutputStream();
            ByteArrayOutputStream head = kept == null && heads.wants(path) ? new ByteArrayOutputStream() : null;
            long size = 0;
            // Not closed: the entry stream is the container's own stream, which the next entry still needs.
            InputStream digesting = new DigestInputStream(content, sha);
            int n;
            while ((n = digesting.read(buffer)) > 0) {
                size += n;
                unpacked += n;
                checkBudget(unpacked);
                if (kept != null) {
                    kept = keep(kept, mode, path, n);
                }
                if (head != null && head.size() < HeadSink.HEAD_BYTES) {
                    head.write(buffer, 0, Math.min(n, HeadSink.HEAD_BYTES - head.size()));
                }
            }
            files.add(new FileEntry(path, size, Sha256.hex(sha)));
            if (kept != null) {
                captured.put(path, kept.toByteArray());
                if (mode == Capture.IF_WITHIN_LIMIT) {
                    optionalKept += kept.size();
                }
            }
            if (head != null) {
                heads.accept(path, head.toByteArray(), size <= HeadSink.HEAD_BYTES);
            }
        }

        /** Appends the buffer's first n bytes; returns null once an optional file no longer fits. */
        private ByteArrayOutputStream keep(ByteArrayOutputStream kept, Capture mode, String path, int n) throws ArtifactProblem {
            long used = kept.size() + (mode == Capture.IF_WITHIN_LIMIT ? optionalKept : 0);
            if (used + n > limits.maxCapturedBytes()) {
                if (mode == Capture.REQUIRED) {
                    throw new ArtifactProblem(ArtifactLimitExceeded.INSTANCE, printable(path) + " is larger than "
                            + limits.maxCapturedBytes() + " bytes, the limit for a manifest");
                }
                uncaptured.add(path);
                return null;
            }
            kept.write(buffer, 0, n);
            return kept;
        }
    }

    private void checkBudget(long unpacked) throws ArtifactProblem {
        if (unpacked > limits.maxUnpackedBytes()) {
            throw overSize(unpacked);
        }
        if (compressedBytes > 0 && unpacked > ReadLimits.RATIO_GRACE_BYTES && unpacked / compressedBytes > limits.maxRatio()) {
            throw new ArtifactProblem(ArtifactLimitExceeded.INSTANCE, "compression ratio over " + limits.maxRatio()
                    + ": " + compressedBytes + " bytes unpack to more than " + unpacked + " (decompression bomb?)");
        }
    }

    private ArtifactProblem overSize(long unpacked) {
        return new ArtifactProblem(ArtifactLimitExceeded.INSTANCE, "unpacks to more than " + limits.maxUnpackedBytes()
                + " bytes (at least " + unpacked + ")");
    }

    /** Entry names come from untrusted archives: keep control characters out of messages. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
