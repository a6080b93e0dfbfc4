package org.distpolicy.gomod.vendor;

import java.io.Serializable;

/**
 * One way a vendor tree disagrees with its go.mod or with itself.
 *
 * @param source  who objects: cmd/go itself (go build -mod=vendor stops with "inconsistent
 *                vendoring" or "vendored module … should be required explicitly"), or only
 *                distpolicy's look at the directories
 * @param message for {@link Source#CMD_GO}, cmd/go's own line without its "go: " prefix
 */
public record Inconsistency(Source source, String message) implements Serializable {
    public enum Source { CMD_GO, VENDOR_TREE }
}
