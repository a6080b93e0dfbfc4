package org.distpolicy.cargo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distpolicy.manifest.ManifestException;

/** Reads {@code [package]} (or {@code [project]}, its name before cargo 1.0, still in old crates). */
final class PackageReader {
    /** The {@code [package]} keys cargo lets a member take from {@code [workspace.package]}. */
    private static final Set<String> INHERITABLE_KEYS = Set.of(
            "version", "authors", "description", "homepage", "documentation", "readme", "keywords",
            "categories", "license", "license-file", "repository", "publish", "edition", "rust-version",
            "exclude", "include");

    private static final String NESTED = "nested";

    private final TomlValueReader values;

    PackageReader(TomlValueReader values) {
        this.values = values;
    }

    /**
     * The package, or null for a virtual manifest. Keys written as {@code { workspace = true }} are
     * added to {@code inheritedKeys} in the order written.
     */
    CargoPackage read(ObjectNode root, List<String> inheritedKeys) throws ManifestException {
        String tableKey = TomlValueReader.firstPresentKey(root, "package", "project");
        if (tableKey == null) {
            return null;
        }
        KeyPath path = KeyPath.root().key(tableKey);
        ObjectNode table = values.table(root.get(tableKey), path);
        for (Map.Entry<String, JsonNode> field : table.properties()) {
            KeyPath fieldPath = path.key(field.getKey());
            if (INHERITABLE_KEYS.contains(field.getKey())
                    && values.isWorkspaceInherited(field.getValue(), fieldPath)) {
                inheritedKeys.add(fieldPath.toString());
            }
        }
        JsonNode name = table.get("name");
        if (name == null) {
            throw values.error(path, "missing required key `name`");
        }
        return new CargoPackage(
                values.string(name, path.key("name")),
                inheritableString(table, "version", path),
                inheritableString(table, "edition", path),
                inheritableString(table, "rust-version", path),
                values.optionalString(table, "links", path),
                build(table, path),
                publish(table, path),
                authors(table, path),
                inheritableString(table, "license", path),
                inheritableString(table, "repository", path));
    }

    /** Null when absent or inherited. */
    private String inheritableString(ObjectNode table, String key, KeyPath tablePath) throws ManifestException {
        JsonNode value = table.get(key);
        KeyPath path = tablePath.key(key);
        if (value == null || values.isWorkspaceInherited(value, path)) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        throw values.typeError(path, "a string or { workspace = true }", value);
    }

    private String build(ObjectNode table, KeyPath tablePath) throws ManifestException {
        JsonNode value = table.get("build");
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBoolean()) {
            // cargo reads `build = true` as the default script path.
            return value.booleanValue() ? "build.rs" : CargoPackage.BUILD_DISABLED;
        }
        throw values.typeError(tablePath.key("build"), "a path string or a boolean", value);
    }

    private Publish publish(ObjectNode table, KeyPath tablePath) throws ManifestException {
        JsonNode value = table.get("publish");
        KeyPath path = tablePath.key("publish");
        if (value == null) {
            return Publish.ANY_REGISTRY;
        }
        if (values.isWorkspaceInherited(value, path)) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? Publish.ANY_REGISTRY : Publish.NONE;
        }
        if (value.isArray()) {
            return Publish.onlyTo(values.stringArray(value, path));
        }
        if (value.isTextual() && value.textValue().equals(NESTED)) {
            return Publish.NESTED;
        }
        String found = value.isTextual() ? "the string \"" + value.textValue() + "\"" : null;
        String expected = "a boolean, an array of registry names, \"nested\" or { workspace = true }";
        throw found == null
                ? values.typeError(path, expected, value)
                : values.error(path, "expected " + expected + ", found " + found);
    }

    /** Empty when absent, null when inherited. */
    private List<String> authors(ObjectNode table, KeyPath tablePath) throws ManifestException {
        JsonNode value = table.get("authors");
        KeyPath path = tablePath.key("authors");
        if (value == null) {
            return List.of();
        }
        if (values.isWorkspaceInherited(value, path)) {
            return null;
        }
        if (value.isArray()) {
            return values.stringArray(value, path);
        }
        throw values.typeError(path, "an array of strings or { workspace = true }", value);
    }
}
