package org.distpolicy.release;

import java.io.Serializable;
import java.util.Comparator;
import org.distpolicy.resolve.Nodes;
import org.distpolicy.rules.Ecosystem;
import org.distpolicy.rules.VersionLine;

/**
 * One package version of the archive, as release tooling names it.
 *
 * @param version empty for a Go source tree that carries none (as in {@link Nodes})
 */
public record PackageVersion(Ecosystem ecosystem, String name, String version) implements Serializable, Comparable<PackageVersion> {
    private static final Comparator<PackageVersion> ORDER = Comparator.comparing(PackageVersion::ecosystem)
            .thenComparing(PackageVersion::name).thenComparing(PackageVersion::version);

    public PackageVersion {
        version = version == null ? "" : version;
    }

    /** "serde@1.0.200", as change lists and blame spell it. */
    public String id() {
        return version.isEmpty() ? name : name + "@" + version;
    }

    /** The semver-compatible line (cargo) or major version (Go) the version belongs to. */
    public String line() {
        return VersionLine.of(ecosystem, version);
    }

    @Override
    public int compareTo(PackageVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return Nodes.describe(name, version);
    }
}
