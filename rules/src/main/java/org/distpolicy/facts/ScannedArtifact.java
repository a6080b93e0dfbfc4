package org.distpolicy.facts;

import java.io.Serializable;
import java.util.List;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.rules.Finding;

/**
 * The outcome of reading one artifact: its inventory row, its files (whatever could be read),
 * its facts (null when no manifest could be parsed) and the {@code artifact/*} findings.
 */
public record ScannedArtifact(
        InventoryRecord inventory,
        List<FileEntry> files,
        PackageFacts facts,
        List<Finding> findings) implements Serializable {
}
