package org.distpolicy.resolve;

import java.io.Serializable;
import java.util.Set;

/**
 * One archived provider of a capability key: the package version and the features it provides
 * under that key ("default" always among a crate's; none for Go capabilities).
 */
public record ProvidedVersion(String packageName, String version, Set<String> features) implements Serializable {
    public ProvidedVersion {
        features = Set.copyOf(features);
    }
}
