package org.distpolicy.cargo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distpolicy.manifest.ManifestException;

/** Reads {@code [features]}: each feature and the features, {@code dep:} and {@code x/f} entries it enables. */
final class FeatureReader {
    private final TomlValueReader values;

    FeatureReader(TomlValueReader values) {
        this.values = values;
    }

    /** In the order written; empty when there is no {@code [features]}. */
    Map<String, List<String>> read(ObjectNode root) throws ManifestException {
        Map<String, List<String>> features = new LinkedHashMap<>();
        ObjectNode table = values.optionalTable(root, "features", KeyPath.root());
        if (table != null) {
            KeyPath tablePath = KeyPath.root().key("features");
            for (Map.Entry<String, JsonNode> feature : table.properties()) {
                features.put(feature.getKey(), values.stringArray(feature.getValue(), tablePath.key(feature.getKey())));
            }
        }
        return features;
    }
}
