package org.distpolicy.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** reports/README.md is the API's documentation: it must list exactly the columns the code writes. */
class ReportsReadmeTest {
    @Test
    void everyTableIsDocumentedColumnByColumn() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (TableSpec table : ReportTables.all()) {
            int section = readme.indexOf("## `" + table.name() + "`");
            assertEquals(true, section >= 0, "README has a section for " + table.name());
            int end = readme.indexOf("\n## ", section + 1);
            String text = readme.substring(section, end < 0 ? readme.length() : end);
            List<String> documented = new ArrayList<>();
            for (String line : text.split("\n")) {
                String[] cells = line.split("\\|");
                if (line.startsWith("| ") && cells.length > 4 && !cells[1].isBlank() && !cells[1].trim().equals("column")) {
                    documented.add(cells[1].trim() + " " + cells[2].trim() + " " + cells[3].trim());
                }
            }
            List<String> actual = table.columns().stream()
                    .map(c -> c.name() + " " + c.type().name().toLowerCase(Locale.ROOT) + " " + (c.nullable() ? "yes" : "no"))
                    .toList();
            assertEquals(actual, documented, table.name());
        }
    }
}
