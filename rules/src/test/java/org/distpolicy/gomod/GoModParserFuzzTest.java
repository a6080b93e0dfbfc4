package org.distpolicy.gomod;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.distpolicy.manifest.ManifestException;
import org.junit.jupiter.api.Test;

/**
 * Garbage in, ManifestException out: whatever the text, the parser returns a file or throws a
 * ManifestException with a position, never anything else, and never through its catch-all for
 * bugs ("internal error"), which would mean a bug was hit. Seeds are fixed so a failure repeats.
 */
class GoModParserFuzzTest {
    /** Characters that matter to the grammar, plus the awkward ones: controls, no-break space, BOM, surrogates. */
    private static final String ALPHABET = "module go require exclude replace retract godebug tool ignore toolchain"
            + " v1.2.3-+incompatible example.com/x/v2 gopkg.in/y.v3 ./../ => ()[]{},=\"`'\\/*\n\r\t \u000B\u0000"
            + "\u00A0\uFEFF\u00e9\uD800\uDC00\uD83D\uDE00 0123456789 abcdefx // indirect; Deprecated: go1.21.0";

    private static final String[] WORDS = {"module", "go", "require", "exclude", "replace", "retract", "godebug",
            "tool", "ignore", "toolchain", "(", ")", "[", "]", ",", "=>", "//", "// indirect", "/*", "\n", "\"", "`",
            "\\", "example.com/m", "example.com/m/v2", "gopkg.in/yaml.v2", "v1.0.0", "v2.0.0+incompatible",
            "v0.0.0-20191109021931-daa7c04131f5", "1.21", "go1.21.0", "default", "a=b", "./dir", " ", "\t", "\r\n"};

    @Test
    void randomCharacters() {
        Random random = new Random(20240601);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            assertParsesOrFailsCleanly(text.toString());
        }
    }

    @Test
    void randomTokenSoup() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int j = 0; j < length; j++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextBoolean() ? " " : "");
            }
            assertParsesOrFailsCleanly(text.toString());
        }
    }

    @Test
    void everyTruncationOfARealFile() {
        String text = GoModSamples.kubernetesLike();
        for (int end = 0; end <= text.length(); end++) {
            assertParsesOrFailsCleanly(text.substring(0, end));
        }
    }

    @Test
    void mutationsOfARealFile() {
        String original = GoModSamples.kubernetesLike();
        Random random = new Random(42);
        int failures = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder(original);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    default -> text.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            failures += assertParsesOrFailsCleanly(text.toString()) ? 0 : 1;
        }
        // the mutations must exercise both outcomes, or the test proves little
        assertTrue(failures > 500, "only " + failures + " mutated files failed");
        assertTrue(failures < 4_500, failures + " of 5000 mutated files failed");
    }

    @Test
    void wordLevelEditsOfARealFile() {
        String[] lines = GoModSamples.kubernetesLike().split("\n", -1);
        Random random = new Random(1234);
        int failures = 0;
        for (int i = 0; i < 5_000; i++) {
            List<List<String>> words = new ArrayList<>();
            for (String line : lines) {
                words.add(new ArrayList<>(Arrays.asList(line.split(" ", -1))));
            }
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                List<String> line = words.get(random.nextInt(words.size()));
                int at = random.nextInt(line.size());
                switch (random.nextInt(4)) {
                    case 0 -> line.remove(at);
                    case 1 -> line.add(at, line.get(at));
                    case 2 -> Collections.swap(line, at, random.nextInt(line.size()));
                    default -> words.get(random.nextInt(words.size())).add(line.remove(at));
                }
                if (line.isEmpty()) {
                    line.add("");
                }
            }
            String text = words.stream().map(line -> String.join(" ", line)).collect(Collectors.joining("\n"));
            failures += assertParsesOrFailsCleanly(text) ? 0 : 1;
        }
        assertTrue(failures > 500 && failures < 4_500, failures + " of 5000 edited files failed");
    }

    /** @return whether the text parsed */
    private static boolean assertParsesOrFailsCleanly(String text) {
        try {
            GoModParser.parse(text);
            return true;
        } catch (ManifestException e) {
            assertFalse(e.getMessage().startsWith("internal error"), () -> e.getMessage() + " for " + GoStrconv.quote(text));
            assertTrue(e.line() >= 1 && e.column() >= 1, () -> "no position for " + GoStrconv.quote(text));
            return false;
        } catch (Throwable t) {
            return fail("unexpected " + t + " for " + GoStrconv.quote(text), t);
        }
    }
}
