package org.distpolicy.archive;

import java.io.Serializable;

/**
 * Bounds on reading one artifact, so a bomb costs a finding instead of a crashed executor.
 *
 * @param maxUnpackedBytes   sum of the unpacked sizes of all entries
 * @param maxEntries         number of entries
 * @param maxRatio           unpacked bytes per compressed byte, checked once past {@link #RATIO_GRACE_BYTES}
 *                           (small text files compress far better than any bomb threshold)
 * @param maxCapturedBytes   size of a manifest read into memory (Cargo.toml, go.mod, modules.txt)
 */
public record ReadLimits(long maxUnpackedBytes, long maxEntries, long maxRatio, int maxCapturedBytes) implements Serializable {
    public static final long RATIO_GRACE_BYTES = 1L << 20;

    /** The policy file's documented defaults. */
    public static ReadLimits defaults() {
        return new ReadLimits(2L << 30, 200_000, 200, 8 << 20);
    }
}
