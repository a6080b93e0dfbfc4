package org.distpolicy.reports;

import java.util.List;
import java.util.Map;

/** A report table: its directory name under the run, and its columns in order. */
public record TableSpec(String name, List<Column> columns) {
    public TableSpec {
        columns = List.copyOf(columns);
    }

    /** The values of one row in column order; an unknown name or a missing non-nullable value is a bug in the caller. */
    public Object[] row(Map<String, ?> values) {
        for (String key : values.keySet()) {
            if (columns.stream().noneMatch(c -> c.name().equals(key))) {
                throw new IllegalArgumentException(name + " has no column " + key);
            }
        }
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
            Column column = columns.get(i);
            Object value = values.get(column.name());
            if (value == null && !column.nullable()) {
                throw new IllegalArgumentException(name + "." + column.name() + " must not be null");
            }
            row[i] = value;
        }
        return row;
    }
}
