package org.distpolicy.cargo.resolve;

import java.io.Serializable;
import java.util.List;
import org.distpolicy.resolve.Provide;
import org.distpolicy.resolve.Requirement;

/**
 * What one crate version brings to the archive-wide resolution: the capabilities it provides,
 * the requirements of each, and the feature entries that name nothing (cargo's own manifest
 * error, which makes the whole crate unusable).
 *
 * @param links the native library the crate links ({@code package.links}), null when none
 */
public record CrateGraph(
        String artifact,
        String crate,
        String version,
        String links,
        List<Provide> provides,
        List<Requirement> requirements,
        List<UndefinedFeature> undefinedFeatures) implements Serializable {

    public CrateGraph {
        provides = List.copyOf(provides);
        requirements = List.copyOf(requirements);
        undefinedFeatures = List.copyOf(undefinedFeatures);
    }

    /** A feature entry cargo rejects, with cargo's reason. */
    public record UndefinedFeature(String feature, String entry, String reason) implements Serializable {
    }
}
