package org.distpolicy.resolve;

import java.io.Serializable;
import java.util.List;

/**
 * How the archive answers one requirement.
 *
 * @param satisfiers the nodes of the archived providers that meet it (candidates for transitive breakage)
 * @param detail     what is missing, for messages: the versions that exist, and the like
 */
public record Verdict(Status status, List<String> satisfiers, String detail) implements Serializable {
    public enum Status {
        SATISFIED,
        /** Nothing in the archive provides the capability in any version. */
        MISSING,
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

    /** The status as the requires table spells it: missing-crate, missing-module and missing-package say what is missing. */
    public String label(Capability required) {
        return switch (status) {
            case SATISFIED -> "satisfied";
            case MISSING -> switch (required.namespace()) {
                case Capability.CRATE -> "missing-crate";
                case Capability.GO_MODULE -> "missing-module";
                default -> "missing-package";
            };
            case NO_MATCHING_VERSION -> "no-matching-version";
            case MISSING_FEATURE -> "missing-feature";
        };
    }
}
