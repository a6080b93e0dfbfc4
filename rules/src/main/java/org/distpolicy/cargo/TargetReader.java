package org.distpolicy.cargo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.distpolicy.manifest.ManifestException;

/** Reads the explicit targets: {@code [lib]} and the {@code [[bin]]}, {@code [[example]]}, ... arrays. */
final class TargetReader {
    private final TomlValueReader values;

    TargetReader(TomlValueReader values) {
        this.values = values;
    }

    List<CargoTarget> read(ObjectNode root) throws ManifestException {
        List<CargoTarget> targets = new ArrayList<>();
        ObjectNode lib = values.optionalTable(root, "lib", KeyPath.root());
        if (lib != null) {
            targets.add(target(CargoTarget.Kind.LIB, lib, KeyPath.root().key("lib")));
        }
        for (CargoTarget.Kind kind : CargoTarget.Kind.values()) {
            if (kind == CargoTarget.Kind.LIB) {
                continue;
            }
            String key = kind.name().toLowerCase(Locale.ROOT);
            List<ObjectNode> tables = values.arrayOfTables(root, key, KeyPath.root());
            for (int i = 0; i < tables.size(); i++) {
                targets.add(target(kind, tables.get(i), KeyPath.root().key(key).index(i)));
            }
        }
        return targets;
    }

    private CargoTarget target(CargoTarget.Kind kind, ObjectNode table, KeyPath path) throws ManifestException {
        return new CargoTarget(
                kind, values.optionalString(table, "name", path), values.optionalString(table, "path", path));
    }
}
