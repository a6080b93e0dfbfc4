package org.distpolicy.cargo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.distpolicy.manifest.ManifestException;
import org.junit.jupiter.api.Test;

/**
 * A batch over a whole archive meets every kind of broken file; the parser must answer each with a
 * manifest or a ManifestException, never anything else. Seeds are fixed so a failure can be replayed.
 */
class HostileInputTest {
    private static final String[] REAL_MANIFESTS = {
        PublishedManifestTest.NORMALIZED, WorkspaceMemberManifestTest.MEMBER, VirtualManifestTest.WORKSPACE_ROOT
    };

    /** Characters that make up TOML, so random text gets past the UTF-8 check and deep into the parser. */
    private static final String TOML_ALPHABET = "[]{}=.,\"'#\n \t-_:/\\abcnrtuxyz0129+eE\u00e9\u2603";

    private static final class Outcome {
        int parsed;
        int rejected;

        void feed(byte[] content) {
            try {
                CargoManifestParser.parse(content);
                parsed++;
            } catch (ManifestException e) {
                assertTrue(e.line() >= 0 && e.column() >= 0, "negative position: " + e.describe("Cargo.toml"));
                rejected++;
            } catch (Throwable t) {
                fail("input \"" + new String(content, UTF_8) + "\" threw " + t, t);
            }
        }
    }

    @Test
    void randomBytesAreParsedOrRejected() {
        Random random = new Random(20240601L);
        Outcome outcome = new Outcome();
        for (int i = 0; i < 3000; i++) {
            byte[] content = new byte[random.nextInt(120)];
            random.nextBytes(content);
            outcome.feed(content);
        }
        assertTrue(outcome.rejected > 0, "random bytes should mostly be rejected");
    }

    @Test
    void randomTomlLikeTextIsParsedOrRejected() {
        Random random = new Random(7L);
        Outcome outcome = new Outcome();
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(80);
            for (int j = 0; j < length; j++) {
                text.append(TOML_ALPHABET.charAt(random.nextInt(TOML_ALPHABET.length())));
            }
            outcome.feed(text.toString().getBytes(UTF_8));
        }
        assertTrue(outcome.parsed > 0 && outcome.rejected > 0, "both outcomes should be exercised");
    }

    @Test
    void everyTruncationOfARealManifestIsParsedOrRejected() {
        Outcome outcome = new Outcome();
        for (String manifest : REAL_MANIFESTS) {
            byte[] full = manifest.getBytes(UTF_8);
            for (int length = 0; length <= full.length; length++) {
                outcome.feed(Arrays.copyOf(full, length));
            }
        }
        assertTrue(outcome.parsed > 0 && outcome.rejected > 0, "both outcomes should be exercised");
    }

    @Test
    void realManifestsWithRandomByteEditsAreParsedOrRejected() {
        Random random = new Random(42L);
        byte[] alphabet = TOML_ALPHABET.getBytes(UTF_8);
        Outcome outcome = new Outcome();
        for (int i = 0; i < 3000; i++) {
            byte[] content = REAL_MANIFESTS[i % REAL_MANIFESTS.length].getBytes(UTF_8);
            for (int edit = random.nextInt(4); edit >= 0; edit--) {
                int at = random.nextInt(content.length);
                content[at] = random.nextBoolean() ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            outcome.feed(content);
        }
        assertTrue(outcome.parsed > 0 && outcome.rejected > 0, "both outcomes should be exercised");
    }

    @Test
    void realManifestsWithValuesSwappedForOtherTypesAreParsedOrRejected() {
        // Replacing whole values keeps the TOML valid, so these reach the typed mapping rather than Jackson.
        String[] replacements = {"1", "true", "1.5", "[]", "[1, \"a\"]", "{}", "{ workspace = true }",
            "{ workspace = false }", "1979-05-27", "1979-13-45", "25:61:00", "\"nested\""};
        Random random = new Random(99L);
        Outcome outcome = new Outcome();
        for (int i = 0; i < 3000; i++) {
            String[] lines = REAL_MANIFESTS[i % REAL_MANIFESTS.length].split("\n", -1);
            int at = random.nextInt(lines.length);
            int equals = lines[at].indexOf(" = ");
            if (equals > 0) {
                lines[at] = lines[at].substring(0, equals + 3) + replacements[random.nextInt(replacements.length)];
            }
            outcome.feed(String.join("\n", lines).getBytes(UTF_8));
        }
        assertTrue(outcome.parsed > 0 && outcome.rejected > 0, "both outcomes should be exercised");
    }
}
