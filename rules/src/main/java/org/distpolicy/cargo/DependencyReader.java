package org.distpolicy.cargo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.resolve.DependencyKind;

/** Reads the dependency tables, untargeted and under {@code [target.<platform>]}. */
final class DependencyReader {
    private static final String[] GIT_REFERENCE_KEYS = {"branch", "tag", "rev"};

    /** cargo still accepts the snake_case spellings of old manifests; the kebab-case one wins if both appear. */
    private enum DependencyTable {
        NORMAL(DependencyKind.NORMAL, "dependencies"),
        DEV(DependencyKind.DEV, "dev-dependencies", "dev_dependencies"),
        BUILD(DependencyKind.BUILD, "build-dependencies", "build_dependencies");

        final DependencyKind kind;
        final String[] spellings;

        DependencyTable(DependencyKind kind, String... spellings) {
            this.kind = kind;
            this.spellings = spellings;
        }
    }

    private final TomlValueReader values;

    DependencyReader(TomlValueReader values) {
        this.values = values;
    }

    /** Every dependency; keys written as {@code { workspace = true }} are added to {@code inheritedKeys}. */
    List<CargoDependency> readAll(ObjectNode root, List<String> inheritedKeys) throws ManifestException {
        List<CargoDependency> dependencies = new ArrayList<>();
        readTablesOf(root, KeyPath.root(), null, dependencies, inheritedKeys);
        ObjectNode targets = values.optionalTable(root, "target", KeyPath.root());
        if (targets != null) {
            KeyPath targetsPath = KeyPath.root().key("target");
            for (Map.Entry<String, JsonNode> target : targets.properties()) {
                KeyPath targetPath = targetsPath.key(target.getKey());
                ObjectNode platform = values.table(target.getValue(), targetPath);
                readTablesOf(platform, targetPath, target.getKey(), dependencies, inheritedKeys);
            }
        }
        return dependencies;
    }

    private void readTablesOf(
            ObjectNode parent,
            KeyPath parentPath,
            String target,
            List<CargoDependency> into,
            List<String> inheritedKeys)
            throws ManifestException {
        for (DependencyTable table : DependencyTable.values()) {
            String key = TomlValueReader.firstPresentKey(parent, table.spellings);
            if (key != null) {
                KeyPath tablePath = parentPath.key(key);
                ObjectNode entries = values.table(parent.get(key), tablePath);
                readTable(entries, tablePath, table.kind, target, into, inheritedKeys);
            }
        }
    }

    private void readTable(
            ObjectNode table,
            KeyPath tablePath,
            DependencyKind kind,
            String target,
            List<CargoDependency> into,
            List<String> inheritedKeys)
            throws ManifestException {
        String tableName = tablePath.toString();
        for (Map.Entry<String, JsonNode> entry : table.properties()) {
            String name = entry.getKey();
            KeyPath path = tablePath.key(name);
            if (values.isWorkspaceInherited(entry.getValue(), path)) {
                into.add(readInherited(name, (ObjectNode) entry.getValue(), path, kind, target, tableName));
                inheritedKeys.add(path.toString());
            } else {
                into.add(readSpec(name, entry.getValue(), path, kind, target, tableName));
            }
        }
    }

    /** A dependency written in place: a version string or a table; also the form patches use. */
    CargoDependency readSpec(
            String name, JsonNode value, KeyPath path, DependencyKind kind, String target, String tableName)
            throws ManifestException {
        if (value.isTextual()) {
            return new CargoDependency(name, name, value.textValue(), kind, target, false, true, List.of(),
                    null, null, null, null, null, false, tableName);
        }
        if (!value.isObject()) {
            throw values.typeError(path, "a version string like \"1.0\" or a table", value);
        }
        ObjectNode table = (ObjectNode) value;
        String packageName = values.optionalString(table, "package", path);
        return new CargoDependency(
                name,
                packageName == null ? name : packageName,
                values.optionalString(table, "version", path),
                kind,
                target,
                values.booleanOr(table, "optional", path, false),
                defaultFeatures(table, path),
                values.stringArrayOrEmpty(table, "features", path),
                values.optionalString(table, "path", path),
                values.optionalString(table, "git", path),
                gitReference(table, path),
                values.optionalString(table, "registry", path),
                values.optionalString(table, "registry-index", path),
                false,
                tableName);
    }

    /** Version and source are in the workspace root; the member may only add features and make it optional. */
    private CargoDependency readInherited(
            String name, ObjectNode table, KeyPath path, DependencyKind kind, String target, String tableName)
            throws ManifestException {
        return new CargoDependency(
                name,
                name,
                null,
                kind,
                target,
                values.booleanOr(table, "optional", path, false),
                defaultFeatures(table, path),
                values.stringArrayOrEmpty(table, "features", path),
                null,
                null,
                null,
                null,
                null,
                true,
                tableName);
    }

    private boolean defaultFeatures(ObjectNode table, KeyPath path) throws ManifestException {
        String key = TomlValueReader.firstPresentKey(table, "default-features", "default_features");
        return key == null || values.booleanOr(table, key, path, true);
    }

    private String gitReference(ObjectNode table, KeyPath path) throws ManifestException {
        List<String> references = new ArrayList<>();
        for (String key : GIT_REFERENCE_KEYS) {
            String value = values.optionalString(table, key, path);
            if (value != null) {
                references.add(key + "=" + value);
            }
        }
        return references.isEmpty() ? null : String.join(",", references);
    }
}
