package org.distpolicy.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.distpolicy.cargo.KeyPath;
import org.distpolicy.cargo.TomlValueReader;
import org.distpolicy.manifest.ManifestException;

/**
 * The policy file's strict reading on top of {@link TomlValueReader}: unknown keys are errors (a
 * misspelt waiver key must not silently waive nothing), absent keys take the caller's default.
 */
final class PolicyValues {
    private final TomlValueReader toml;

    PolicyValues(TomlValueReader toml) {
        this.toml = toml;
    }

    /** The table at {@code parent.key} with only {@code known} keys; an empty table when absent. */
    ObjectNode table(ObjectNode parent, String key, KeyPath parentPath, Set<String> known) throws ManifestException {
        ObjectNode table = anyTable(parent, key, parentPath);
        onlyKeys(table, parentPath.key(key), known);
        return table;
    }

    /** The table at {@code parent.key}, whatever its keys; an empty table when absent. */
    ObjectNode anyTable(ObjectNode parent, String key, KeyPath parentPath) throws ManifestException {
        ObjectNode table = toml.optionalTable(parent, key, parentPath);
        return table == null ? parent.objectNode() : table;
    }

    void onlyKeys(ObjectNode table, KeyPath path, Set<String> known) throws ManifestException {
        for (Iterator<String> names = table.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw toml.error(path.key(name), "unknown key");
            }
        }
    }

    List<ObjectNode> arrayOfTables(ObjectNode parent, String key, Set<String> known) throws ManifestException {
        List<ObjectNode> tables = toml.arrayOfTables(parent, key, KeyPath.root());
        for (int i = 0; i < tables.size(); i++) {
            onlyKeys(tables.get(i), KeyPath.root().key(key).index(i), known);
        }
        return tables;
    }

    String string(ObjectNode table, String key, KeyPath tablePath, String absent) throws ManifestException {
        String value = toml.optionalString(table, key, tablePath);
        return value == null ? absent : value;
    }

    String requiredString(ObjectNode table, String key, KeyPath tablePath) throws ManifestException {
        String value = toml.optionalString(table, key, tablePath);
        if (value == null) {
            throw toml.error(tablePath, "missing required key " + key);
        }
        if (value.isBlank()) {
            throw toml.error(tablePath.key(key), "must not be empty");
        }
        return value;
    }

    List<String> strings(ObjectNode table, String key, KeyPath tablePath, List<String> absent) throws ManifestException {
        JsonNode value = table.get(key);
        return value == null ? absent : toml.stringArray(value, tablePath.key(key));
    }

    long positiveInteger(ObjectNode table, String key, KeyPath tablePath, long absent) throws ManifestException {
        JsonNode value = table.get(key);
        return value == null ? absent : positiveInteger(value, tablePath.key(key));
    }

    long positiveInteger(JsonNode value, KeyPath path) throws ManifestException {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw toml.typeError(path, "a positive integer", value);
        }
        if (value.longValue() <= 0) {
            throw toml.error(path, "must be positive, not " + value.longValue());
        }
        return value.longValue();
    }

    List<Long> positiveIntegers(ObjectNode table, String key, KeyPath tablePath, List<Long> absent) throws ManifestException {
        JsonNode value = table.get(key);
        if (value == null) {
            return absent;
        }
        KeyPath path = tablePath.key(key);
        if (!value.isArray()) {
            throw toml.typeError(path, "an array of positive integers", value);
        }
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            numbers.add(positiveInteger(value.get(i), path.index(i)));
        }
        return numbers;
    }

    /** A TOML local date ({@code 2027-06-30}, unquoted); null when absent. */
    LocalDate optionalDate(ObjectNode table, String key, KeyPath tablePath) throws ManifestException {
        JsonNode value = table.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof POJONode pojo && pojo.getPojo() instanceof LocalDate date) {
            return date;
        }
        throw toml.typeError(tablePath.key(key), "a local date such as 2027-06-30", value);
    }

    int lineOf(KeyPath path) {
        return toml.lineOf(path);
    }

    ManifestException error(KeyPath path, String problem) {
        return toml.error(path, problem);
    }

    ManifestException typeError(KeyPath path, String expected, JsonNode found) {
        return toml.typeError(path, expected, found);
    }
}
