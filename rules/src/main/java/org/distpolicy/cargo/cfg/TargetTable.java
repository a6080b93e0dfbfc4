package org.distpolicy.cargo.cfg;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the format of {@code targets.cfg}: a block a target, headed {@code [triple]}, then its cfg
 * names one a line, then each key with its quoted values, {@code target_family = "unix" "wasm"}.
 * Blank lines and {@code #} comments are skipped. The file is generated, so anything else in it is a
 * broken build and stops the load.
 */
final class TargetTable {
    private static final Pattern HEADER = Pattern.compile("\\[([^\\[\\]\\s]+)]");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern KEY_VALUES = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*) =((?: \"[^\"]*\")+)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final String source;
    private final Map<String, TargetSpec> targets = new LinkedHashMap<>();
    private String triple;
    private Set<String> names;
    private Map<String, Set<String>> keyValues;

    private TargetTable(String source) {
        this.source = source;
    }

    /**
     * @param source the file's name, for messages
     * @throws IllegalArgumentException naming the line that does not fit the format
     */
    static Map<String, TargetSpec> read(BufferedReader reader, String source) throws IOException {
        TargetTable table = new TargetTable(source);
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (!line.isEmpty() && !line.startsWith("#")) {
                table.accept(line, lineNumber);
            }
        }
        table.finishTarget();
        return Map.copyOf(table.targets);
    }

    private void accept(String line, int lineNumber) {
        Matcher header = HEADER.matcher(line);
        if (header.matches()) {
            finishTarget();
            startTarget(header.group(1), lineNumber);
            return;
        }
        if (triple == null) {
            throw malformed(lineNumber, "a cfg line before the first [triple]");
        }
        if (NAME.matcher(line).matches()) {
            names.add(line);
            return;
        }
        Matcher keyValue = KEY_VALUES.matcher(line);
        if (!keyValue.matches()) {
            throw malformed(lineNumber, "neither a [triple], a cfg name nor key = \"value\"...: " + line);
        }
        Set<String> values = new HashSet<>();
        Matcher quoted = QUOTED.matcher(keyValue.group(2));
        while (quoted.find()) {
            values.add(quoted.group(1));
        }
        if (keyValues.putIfAbsent(keyValue.group(1), values) != null) {
            throw malformed(lineNumber, "key " + keyValue.group(1) + " listed twice for " + triple);
        }
    }

    private void startTarget(String newTriple, int lineNumber) {
        if (targets.containsKey(newTriple)) {
            throw malformed(lineNumber, "target " + newTriple + " listed twice");
        }
        triple = newTriple;
        names = new HashSet<>();
        keyValues = new HashMap<>();
    }

    private void finishTarget() {
        if (triple != null) {
            targets.put(triple, new TargetSpec(triple, names, keyValues));
        }
    }

    private IllegalArgumentException malformed(int lineNumber, String problem) {
        return new IllegalArgumentException(source + ":" + lineNumber + ": " + problem);
    }
}
