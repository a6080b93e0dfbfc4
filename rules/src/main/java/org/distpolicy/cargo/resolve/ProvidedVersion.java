package org.distpolicy.cargo.resolve;

import java.io.Serializable;
import java.util.Set;

/** One archived version of a crate and the features it provides ("default" always among them). */
public record ProvidedVersion(String version, Set<String> features) implements Serializable {
    public ProvidedVersion {
        features = Set.copyOf(features);
    }
}
