package org.distpolicy.cargo.semver;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A dependency's version requirement as Cargo reads it (the {@code semver} crate's VersionReq):
 * comparators that must all match, such as {@code >=1.2, <1.5}; none for {@code *}.
 */
public record VersionReq(List<ReqComparator> comparators) implements Serializable {
    /** {@code *}: every version except pre-releases. */
    public static final VersionReq STAR = new VersionReq(List.of());

    public VersionReq {
        comparators = List.copyOf(comparators);
    }

    public static VersionReq parse(String text) throws SemverException {
        return VersionReqParser.parse(text);
    }

    /**
     * Whether v meets every comparator. A pre-release must also be opted into: some comparator
     * has to name its major.minor.patch with a pre-release of its own, so that "^1.2" never
     * picks up 1.3.0-alpha while ">=1.3.0-alpha" does.
     */
    public boolean matches(CargoVersion v) {
        for (ReqComparator c : comparators) {
            if (!ComparatorMatcher.satisfies(c, v)) {
                return false;
            }
        }
        return v.pre().isEmpty() || comparators.stream().anyMatch(c -> ComparatorMatcher.opensPrereleasesOf(c, v));
    }

    /** The crate's Display: operators made explicit, spaces normalised, "*" for no comparators. */
    @Override
    public String toString() {
        if (comparators.isEmpty()) {
            return "*";
        }
        return comparators.stream().map(ReqComparator::toString).collect(Collectors.joining(", "));
    }
}
