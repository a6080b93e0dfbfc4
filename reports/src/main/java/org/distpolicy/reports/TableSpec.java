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
        Object[] row = new Object[columns.size()];
        int named = 0;
        for (int i = 0; i < row.length; i++) {
            Column column = columns.get(i);
            Object value = values.get(column.name());
            if (value == null && !column.nullable()) {
                throw new IllegalArgumentException(name + "." + column.name() + " must not be null");
            }
            if (value != null || values.containsKey(column.name())) {
                named++;
            }
            row[i] = value;
        }
        // Every value was taken by a column, unless a name is none of them (checked per row: a report writes millions).
        if (named != values.size()) {
            String unknown = values.keySet().stream().filter(key -> columns.stream().noneMatch(c -> c.name().equals(key))).findFirst().orElseThrow();
            throw new IllegalArgumentException(name + " has no column " + unknown);
        }
        return row;
    }
}
