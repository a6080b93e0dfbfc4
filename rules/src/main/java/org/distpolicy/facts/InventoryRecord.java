package org.distpolicy.facts;

import java.io.Serializable;
import org.distpolicy.archive.ArtifactKind;

/**
 * One row of the inventory: every artifact of the archive appears exactly once.
 *
 * @param status "ok", or the id of the {@code artifact/*} rule the artifact broke
 * @param error  what went wrong, null when ok
 */
public record InventoryRecord(
        String artifact,
        ArtifactKind kind,
        String packageName,
        String version,
        long sizeBytes,
        long fileCount,
        String sha256,
        String status,
        String error) implements Serializable {

    public static final String OK = "ok";
}
