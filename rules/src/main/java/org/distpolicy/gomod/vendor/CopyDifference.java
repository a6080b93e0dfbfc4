package org.distpolicy.gomod.vendor;

import java.io.Serializable;

/**
 * A vendored file that is not what the archived release of its module holds.
 *
 * @param archivedSha256 the release's content at that path, or null for {@link Kind#EXTRA}
 */
public record CopyDifference(String path, Kind kind, String vendoredSha256, String archivedSha256) implements Serializable {
    public enum Kind {
        /** the release has the file with other content: a patched copy */
        DIFFERENT,
        /** the release has no such file */
        EXTRA
    }

    public String describe() {
        return path + (kind == Kind.DIFFERENT ? " differs from the release" : " is not in the release");
    }
}
