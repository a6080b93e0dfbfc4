package org.distpolicy.cargo.resolve;

import java.io.Serializable;
import java.util.List;

/**
 * How the archive answers one requirement.
 *
 * @param satisfiers the archived versions that meet it (candidates for transitive breakage)
 * @param detail     what is missing, for messages: the versions that exist, and the like
 */
public record Verdict(Status status, List<String> satisfiers, String detail) implements Serializable {
    public enum Status {
        SATISFIED,
        /** No version of the crate is archived. */
        MISSING_CRATE,
        /** Versions are archived, none matches the requirement. */
        NO_MATCHING_VERSION,
        /** Matching versions are archived, none defines the feature. */
        MISSING_FEATURE
    }

    public Verdict {
        satisfiers = List.copyOf(satisfiers);
    }

    public boolean satisfied() {
        return status == Status.SATISFIED;
    }
}
