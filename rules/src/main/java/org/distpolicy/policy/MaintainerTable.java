package org.distpolicy.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.manifest.StrictUtf8;

/**
 * A maintainers file: CSV with a header row naming the columns {@code package} (a glob),
 * {@code email} and optionally {@code name}, one maintainer per row; what a distro exports from
 * its package database (Debian's {@code Maintainer} field, Fedora's package owners). Lines
 * starting with {@code #} are comments.
 */
final class MaintainerTable {
    private static final Set<String> COLUMNS = Set.of("package", "email", "name");
    private static final Pattern EMAIL = Pattern.compile("[^\\s<>@]+@[^\\s<>@]+");
    private static final CsvMapper MAPPER = new CsvMapper()
            .enable(CsvParser.Feature.ALLOW_COMMENTS)
            .enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS);

    private MaintainerTable() {
    }

    /** The rows in file order; a problem names its 1-based line. */
    static List<Maintainer> parse(byte[] content) throws ManifestException {
        String text = StrictUtf8.decode(content);
        List<Maintainer> maintainers = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = MAPPER.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            checkHeader(rows.getParserSchema());
            while (rows.hasNextValue()) {
                int line = rows.getCurrentLocation().getLineNr();
                Map<String, String> row = rows.nextValue();
                String email = required(row, "email", line);
                if (!EMAIL.matcher(email).matches()) {
                    throw new ManifestException("email wants an email address, not \"" + email + "\"", line, 1);
                }
                String name = row.get("name");
                maintainers.add(new Maintainer(new Glob(required(row, "package", line)), email,
                        name == null || name.isBlank() ? null : name.strip()));
            }
        } catch (IOException e) {
            throw positioned(e);
        } catch (RuntimeException e) {
            // Jackson's iterator wraps parse problems (a stray quote, too many columns) unchecked.
            if (e.getCause() instanceof IOException io) {
                throw positioned(io);
            }
            throw e;
        }
        return maintainers;
    }

    private static void checkHeader(Object schema) throws ManifestException {
        if (!(schema instanceof CsvSchema csv)) {
            throw new ManifestException("the first line must name the columns: package,email[,name]", 1, 1);
        }
        List<String> names = new ArrayList<>();
        csv.forEach(column -> names.add(column.getName()));
        for (String name : names) {
            if (!COLUMNS.contains(name)) {
                throw new ManifestException("unknown column \"" + name + "\" (package, email and name are known)", 1, 1);
            }
        }
        if (!names.contains("package") || !names.contains("email")) {
            throw new ManifestException("the header must name the columns package and email", 1, 1);
        }
    }

    private static String required(Map<String, String> row, String column, int line) throws ManifestException {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new ManifestException(column + " is missing", line, 1);
        }
        return value.strip();
    }

    private static ManifestException positioned(IOException e) {
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            return new ManifestException(json.getOriginalMessage(), json.getLocation().getLineNr(), Math.max(1, json.getLocation().getColumnNr()));
        }
        return new ManifestException(e.getMessage());
    }
}
