package org.distpolicy.release;

import java.io.Serializable;
import java.util.List;
import org.distpolicy.resolve.Nodes;
import org.distpolicy.resolve.Requirement;

/**
 * A package version needs another to build: a normal or build requirement (dev ones do not
 * count) met by the other, owned by the package's base or by one of its features.
 *
 * @param feature the feature whose requirement it is, null for the package's base (a feature
 *                edge is what a bootstrap build may drop)
 */
public record BuildEdge(PackageVersion from, String feature, PackageVersion to) implements Serializable {
    /** What a requirement needs to build, one edge per archived provider that meets it; none for internal, test or weak ones. */
    public static List<BuildEdge> of(Requirement requirement, List<String> satisfierNodes) {
        if (!requirement.hard() || requirement.internal()) {
            return List.of();
        }
        PackageVersion from = new PackageVersion(requirement.required().ecosystem(), requirement.packageName(), requirement.version());
        return satisfierNodes.stream()
                .map(node -> new PackageVersion(from.ecosystem(), Nodes.packageName(node), Nodes.version(node)))
                .filter(to -> !to.equals(from))
                .map(to -> new BuildEdge(from, requirement.owner().feature(), to))
                .toList();
    }
}
