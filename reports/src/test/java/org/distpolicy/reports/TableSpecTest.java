package org.distpolicy.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableSpecTest {
    private static final TableSpec WANTED = new TableSpec("wanted", List.of(
            new Column("package", ColumnType.STRING, false, "the missing package"),
            new Column("version_requirement", ColumnType.STRING, true, "the range wanted"),
            new Column("packages", ColumnType.LONG, false, "how many packages it would unbreak")));

    @Test
    void valuesInColumnOrder() {
        assertArrayEquals(new Object[] {"serde", "^1.0", 7L}, WANTED.row(Map.of("packages", 7L, "version_requirement", "^1.0", "package", "serde")));
    }

    @Test
    void aNullableColumnMayBeNullOrLeftOut() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("package", "serde");
        withNull.put("version_requirement", null);
        withNull.put("packages", 7L);
        assertArrayEquals(new Object[] {"serde", null, 7L}, WANTED.row(withNull));
        assertArrayEquals(new Object[] {"serde", null, 7L}, WANTED.row(Map.of("package", "serde", "packages", 7L)));
    }

    @Test
    void anUnknownNameIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WANTED.row(Map.of("package", "serde", "packages", 7L, "pakages", 7L)));
        assertEquals("wanted has no column pakages", e.getMessage());
    }

    @Test
    void anUnknownNameWithANullValueIsRejected() {
        Map<String, Object> values = new HashMap<>();
        values.put("package", "serde");
        values.put("packages", 7L);
        values.put("versoin_requirement", null);
        assertEquals("wanted has no column versoin_requirement",
                assertThrows(IllegalArgumentException.class, () -> WANTED.row(values)).getMessage());
    }

    @Test
    void aMissingRequiredValueIsRejected() {
        assertEquals("wanted.packages must not be null",
                assertThrows(IllegalArgumentException.class, () -> WANTED.row(Map.of("package", "serde"))).getMessage());
    }
}
