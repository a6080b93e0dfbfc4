package org.distpolicy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --policy errors stop the command before any Spark session starts. */
class MainPolicyTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(Main.USAGE_OR_ERROR, Main.run(args, System.out, new PrintStream(err, true, StandardCharsets.UTF_8)));
        return err.toString(StandardCharsets.UTF_8).trim();
    }

    @Test
    void aBadPolicyFileIsAUsageErrorNamingFileLineAndKey() throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.toml"), """
                [[waiver]]
                rule = "go/vendored-dependencies"
                package = "github.com/openshift/*"
                reasn = "typo"
                """);
        assertEquals("distpolicy nightly: " + policy + ":4:1: waiver[0].reasn: unknown key", run("nightly", "--policy", policy.toString()));
    }

    @Test
    void aMissingPolicyFileIsAUsageError() {
        String message = run("nightly", "--policy", dir.resolve("nowhere.toml").toString());
        assertTrue(message.startsWith("distpolicy nightly: cannot read the policy file: java.nio.file.NoSuchFileException"), message);
    }

    @Test
    void commandLineOptionsWinOverTheFile() throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.toml"), "[distro]\ngo = \"1.19\"\ntargets = [\"x86_64-unknown-linux-gnu\"]\n");
        assertEquals("distpolicy nightly: --go wants a Go release such as 1.24, not 'one'",
                run("nightly", "--policy", policy.toString(), "--go", "one"));
        assertEquals("distpolicy nightly: unknown target triple 'mips-linux'",
                run("nightly", "--policy", policy.toString(), "--target", "mips-linux"));
    }
}
