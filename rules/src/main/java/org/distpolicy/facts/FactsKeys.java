package org.distpolicy.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.distpolicy.archive.ArchiveAccess;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.ReadLimits;
import org.distpolicy.hash.Sha256;

/**
 * The key of an artifact's entry in a facts cache: what its {@link ScannedArtifact} is a function
 * of. That is the tool version and the read limits (the salt), the artifact's path and kind, and
 * its content: for a file artifact (with its companions) the sha256 of its bytes, or with
 * {@code trustModificationTimes} its {@link org.distpolicy.archive.ListingStamp} (sizes and
 * modification times, no reading at all); for a link its target; for an unpacked directory
 * always its listing stamp, since hashing every file of a tree costs as much as scanning it.
 */
public final class FactsKeys implements Serializable {
    private final ArchiveAccess archive;
    private final String salt;
    private final boolean trustModificationTimes;

    public FactsKeys(ArchiveAccess archive, String salt, boolean trustModificationTimes) {
        this.archive = archive;
        this.salt = salt;
        this.trustModificationTimes = trustModificationTimes;
    }

    /** What besides the artifact a scan depends on: another version or other limits make every key differ. */
    public static String salt(String toolVersion, ReadLimits limits) {
        return toolVersion + '\0' + limits.maxUnpackedBytes() + '\0' + limits.maxEntries() + '\0' + limits.maxRatio() + '\0'
                + limits.maxCapturedBytes();
    }

    /** The key, or null when the artifact cannot be read to hash it (the scan then reports it, and it is never cached). */
    public String key(ArtifactRef ref) {
        if (ref.stamp() == null) {
            throw new IllegalArgumentException(ref.path() + ": a reference without a listing stamp cannot be keyed");
        }
        String content;
        try {
            content = switch (ref.kind()) {
                case CRATE_DIR, GO_SOURCE_TREE -> "listing " + ref.stamp();
                case LINK -> "link " + archive.linkTarget(ref.path());
                default -> trustModificationTimes ? "listing " + ref.stamp() : "bytes " + bytesDigest(ref);
            };
        } catch (IOException e) {
            return null;
        }
        return Sha256.hex(salt + '\0' + ref.kind().label() + '\0' + ref.path() + '\0' + content);
    }

    private String bytesDigest(ArtifactRef ref) throws IOException {
        List<String> paths = new ArrayList<>();
        paths.add(ref.path());
        paths.addAll(ref.companions());
        MessageDigest all = Sha256.newDigest();
        for (String path : paths) {
            MessageDigest one = Sha256.newDigest();
            try (InputStream in = new DigestInputStream(archive.open(path), one)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            all.update((path + '\0' + Sha256.hex(one) + '\n').getBytes(StandardCharsets.UTF_8));
        }
        return Sha256.hex(all);
    }
}
