package org.distpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's rule table is the user's catalogue: exactly the shipped rules, with their default severities. */
class ReadmeRulesTest {
    private static final Pattern RULE_ROW = Pattern.compile("(?m)^\\| `([a-z]+/[a-z-]+)` \\| (error|warning|info) \\|");

    @Test
    void theReadmeListsEveryRuleWithItsDefaultSeverity() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String rulesSection = readme.substring(readme.indexOf("\n## Rules\n"));
        Map<String, String> documented = new TreeMap<>();
        Matcher row = RULE_ROW.matcher(rulesSection.substring(0, nextSection(rulesSection)));
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        Map<String, String> shipped = new TreeMap<>();
        RuleCatalogue.all().forEach(rule -> shipped.put(rule.id(), rule.defaultSeverity().label()));
        assertEquals(shipped, documented);
    }

    private static int nextSection(String fromRules) {
        int next = fromRules.indexOf("\n## ", 1);
        return next < 0 ? fromRules.length() : next;
    }
}
