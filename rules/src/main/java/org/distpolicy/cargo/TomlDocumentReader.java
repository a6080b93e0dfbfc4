package org.distpolicy.cargo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.toml.TomlReadFeature;
import java.time.format.DateTimeParseException;
import org.distpolicy.manifest.ManifestException;

/**
 * Parses TOML text into a Jackson tree, turning syntax errors into positioned ManifestExceptions. Public for
 * the policy file, which is TOML read the same way.
 */
public final class TomlDocumentReader {

    // Dates become java.time values rather than strings, so `version = 2024-01-01` is a type error
    // instead of a version that happens to look like a date.
    private static final TomlMapper MAPPER =
            TomlMapper.builder().enable(TomlReadFeature.PARSE_JAVA_TIME).build();

    private TomlDocumentReader() {}

    public static ObjectNode read(String text) throws ManifestException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
            int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
            // getOriginalMessage() leaves out the "at [Source: ...; line: ...]" suffix Jackson appends.
            throw new ManifestException("invalid TOML: " + e.getOriginalMessage(), line, column);
        } catch (DateTimeParseException e) {
            // Jackson lexes `1979-13-45` as a date and lets java.time reject it, without a position.
            throw invalidDateTime(text, e.getParsedString());
        } catch (RuntimeException e) {
            // A batch over a whole archive must not die on one crate that trips a bug in the TOML library.
            throw new ManifestException("invalid TOML: the TOML parser failed: " + e);
        }
        return tree instanceof ObjectNode document ? document : MAPPER.createObjectNode();
    }

    private static ManifestException invalidDateTime(String text, String literal) {
        int offset = text.indexOf(literal);
        SourcePosition position = offset < 0 ? SourcePosition.UNKNOWN : new LineIndex(text).positionOf(offset);
        return new ManifestException(
                "invalid TOML: invalid date-time " + literal, position.line(), position.column());
    }
}
