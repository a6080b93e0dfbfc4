package org.distpolicy.cargo.semver;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A version as Cargo reads it (the {@code semver} crate's Version): exactly three numbers, then an
 * optional pre-release and optional build metadata, with no "v" prefix and no whitespace.
 *
 * <p>The numbers are u64 in the crate. A long holds the same 64 bits, so values above
 * {@link Long#MAX_VALUE} come out negative from the accessors; this record compares and prints
 * them unsigned, and so should callers ({@link Long#compareUnsigned}, {@link Long#toUnsignedString}).
 *
 * <p>The natural order is the crate's {@code Ord}: numbers, then pre-release (a release above its
 * pre-releases), then build metadata. So unlike SemVer precedence, versions that differ only in
 * build metadata are not equal, which keeps the order consistent with {@link #equals}.
 */
public record CargoVersion(long major, long minor, long patch, Prerelease pre, BuildMetadata build)
        implements Comparable<CargoVersion>, Serializable {

    private static final Comparator<CargoVersion> ORDER = Comparator
            .comparing(CargoVersion::major, Long::compareUnsigned)
            .thenComparing(CargoVersion::minor, Long::compareUnsigned)
            .thenComparing(CargoVersion::patch, Long::compareUnsigned)
            .thenComparing(CargoVersion::pre)
            .thenComparing(CargoVersion::build);

    public CargoVersion {
        Objects.requireNonNull(pre, "pre");
        Objects.requireNonNull(build, "build");
    }

    public static CargoVersion parse(String text) throws SemverException {
        return VersionParser.parse(text);
    }

    /** The version, or empty if Cargo would reject it. */
    public static Optional<CargoVersion> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (SemverException e) {
            return Optional.empty();
        }
    }

    /**
     * The line of versions a caret requirement on v accepts, named by the leftmost non-zero number:
     * "1" for 1.4.2, "0.3" for 0.3.7, "0.0.5" for 0.0.5. Cargo keeps at most one version of a crate
     * per line in a dependency graph.
     */
    public static String compatibilityLine(CargoVersion v) {
        if (v.major != 0) {
            return Long.toUnsignedString(v.major);
        }
        if (v.minor != 0) {
            return "0." + Long.toUnsignedString(v.minor);
        }
        return "0.0." + Long.toUnsignedString(v.patch);
    }

    @Override
    public int compareTo(CargoVersion other) {
        return ORDER.compare(this, other);
    }

    /** The crate's Display, which {@link #parse} reads back to an equal version. */
    @Override
    public String toString() {
        String numbers = Long.toUnsignedString(major) + '.' + Long.toUnsignedString(minor) + '.'
                + Long.toUnsignedString(patch);
        return numbers + (pre.isEmpty() ? "" : "-" + pre) + (build.isEmpty() ? "" : "+" + build);
    }
}
