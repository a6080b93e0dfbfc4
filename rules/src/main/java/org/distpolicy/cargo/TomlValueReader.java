package org.distpolicy.cargo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.distpolicy.manifest.ManifestException;

/**
 * Typed access to a parsed TOML tree. A value of the wrong type becomes a ManifestException that names
 * the dotted key and points at where the key is written in the source.
 */
public final class TomlValueReader {
    private final String source;
    private TomlKeyLocator locator;

    public TomlValueReader(String source) {
        this.source = source;
    }

    /** The table at {@code parent.key}, or null when the key is absent. */
    public ObjectNode optionalTable(ObjectNode parent, String key, KeyPath parentPath) throws ManifestException {
        JsonNode value = parent.get(key);
        return value == null ? null : table(value, parentPath.key(key));
    }

    public ObjectNode table(JsonNode value, KeyPath path) throws ManifestException {
        if (value instanceof ObjectNode table) {
            return table;
        }
        throw typeError(path, "a table", value);
    }

    /** The tables of {@code [[key]]}; empty when the key is absent. */
    public List<ObjectNode> arrayOfTables(ObjectNode parent, String key, KeyPath parentPath) throws ManifestException {
        JsonNode value = parent.get(key);
        if (value == null) {
            return List.of();
        }
        KeyPath path = parentPath.key(key);
        if (!value.isArray()) {
            throw typeError(path, "an array of tables", value);
        }
        List<ObjectNode> tables = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            tables.add(table(value.get(i), path.index(i)));
        }
        return tables;
    }

    /** The string at {@code table.key}, or null when the key is absent. */
    public String optionalString(ObjectNode table, String key, KeyPath tablePath) throws ManifestException {
        JsonNode value = table.get(key);
        return value == null ? null : string(value, tablePath.key(key));
    }

    public String string(JsonNode value, KeyPath path) throws ManifestException {
        if (value.isTextual()) {
            return value.textValue();
        }
        throw typeError(path, "a string", value);
    }

    boolean booleanOr(ObjectNode table, String key, KeyPath tablePath, boolean absent) throws ManifestException {
        JsonNode value = table.get(key);
        if (value == null) {
            return absent;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        throw typeError(tablePath.key(key), "a boolean", value);
    }

    /** The array of strings at {@code table.key}; empty when the key is absent. */
    List<String> stringArrayOrEmpty(ObjectNode table, String key, KeyPath tablePath) throws ManifestException {
        JsonNode value = table.get(key);
        return value == null ? List.of() : stringArray(value, tablePath.key(key));
    }

    public List<String> stringArray(JsonNode value, KeyPath path) throws ManifestException {
        if (!value.isArray()) {
            throw typeError(path, "an array of strings", value);
        }
        List<String> strings = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            strings.add(string(value.get(i), path.index(i)));
        }
        return strings;
    }

    /**
     * Whether {@code value} is {@code { workspace = true }}, cargo's way of taking a field from the
     * workspace root. {@code workspace = false} is an error in cargo, so it is one here too.
     */
    boolean isWorkspaceInherited(JsonNode value, KeyPath path) throws ManifestException {
        JsonNode workspace = value.isObject() ? value.get("workspace") : null;
        if (workspace == null) {
            return false;
        }
        KeyPath workspacePath = path.key("workspace");
        if (!workspace.isBoolean()) {
            throw typeError(workspacePath, "a boolean", workspace);
        }
        if (!workspace.booleanValue()) {
            throw error(workspacePath, "`workspace` cannot be false");
        }
        return true;
    }

    /** The first of {@code spellings} present in {@code table}, or null: cargo accepts some keys two ways. */
    static String firstPresentKey(ObjectNode table, String... spellings) {
        for (String spelling : spellings) {
            if (table.has(spelling)) {
                return spelling;
            }
        }
        return null;
    }

    public ManifestException typeError(KeyPath path, String expected, JsonNode found) {
        return error(path, "expected " + expected + ", found " + describe(found));
    }

    public ManifestException error(KeyPath path, String problem) {
        SourcePosition position = locate(path);
        return new ManifestException(path + ": " + problem, position.line(), position.column());
    }

    /** The 1-based line {@code path} is written on (or its nearest written parent's); 0 when unknown. */
    public int lineOf(KeyPath path) {
        return locate(path).line();
    }

    private SourcePosition locate(KeyPath path) {
        if (locator == null) {
            locator = new TomlKeyLocator(source);
        }
        return locator.locate(path);
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT -> "a table";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case NUMBER -> value.isIntegralNumber() ? "an integer" : "a float";
            // Jackson's TOML reader hands dates and times over as java.time values in POJO nodes.
            case POJO -> "a date-time";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
