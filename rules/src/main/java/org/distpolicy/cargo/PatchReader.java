package org.distpolicy.cargo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.resolve.DependencyKind;

/** Reads the overrides: {@code [patch.<source>]} and the older {@code [replace]}. */
final class PatchReader {
    private final TomlValueReader values;
    private final DependencyReader dependencies;

    PatchReader(TomlValueReader values, DependencyReader dependencies) {
        this.values = values;
        this.dependencies = dependencies;
    }

    List<CargoPatch> patches(ObjectNode root) throws ManifestException {
        List<CargoPatch> patches = new ArrayList<>();
        ObjectNode sources = values.optionalTable(root, "patch", KeyPath.root());
        if (sources != null) {
            KeyPath patchPath = KeyPath.root().key("patch");
            for (Map.Entry<String, JsonNode> source : sources.properties()) {
                KeyPath sourcePath = patchPath.key(source.getKey());
                ObjectNode table = values.table(source.getValue(), sourcePath);
                patches.addAll(entries(source.getKey(), table, sourcePath));
            }
        }
        return patches;
    }

    List<CargoPatch> replaces(ObjectNode root) throws ManifestException {
        ObjectNode table = values.optionalTable(root, "replace", KeyPath.root());
        return table == null ? List.of() : entries("", table, KeyPath.root().key("replace"));
    }

    private List<CargoPatch> entries(String source, ObjectNode table, KeyPath tablePath) throws ManifestException {
        List<CargoPatch> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : table.properties()) {
            String name = entry.getKey();
            CargoDependency spec = dependencies.readSpec(
                    name, entry.getValue(), tablePath.key(name), DependencyKind.NORMAL, null, tablePath.toString());
            entries.add(new CargoPatch(source, name, spec));
        }
        return entries;
    }
}
