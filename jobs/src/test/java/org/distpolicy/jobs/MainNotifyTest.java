package org.distpolicy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** notify's command line: its errors, and that it never starts Spark (its job is tested in reports' NotifierSmtpTest). */
class MainNotifyTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(Main.USAGE_OR_ERROR, Main.run(args, System.out, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty(), "notify started Spark");
        return err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
    }

    private Path policy(String text) throws IOException {
        return Files.writeString(dir.resolve("policy.toml"), text);
    }

    @Test
    void withoutACompleteRunNotifySaysSo() throws IOException {
        String policy = policy("[notify]\nfrom = \"qa@example.org\"\n").toString();
        assertEquals("distpolicy notify: java.io.IOException: no complete run in " + dir + " (no LATEST); run `distpolicy nightly` first",
                run("notify", "--reports", dir.toString(), "--policy", policy, "--outbox", dir.resolve("out").toString()));
    }

    @Test
    void aPolicyWithoutASenderCannotMail() {
        assertEquals("distpolicy notify: the policy's [notify] has no from address to send digests from",
                run("notify", "--reports", dir.toString(), "--outbox", dir.resolve("out").toString()));
    }

    @Test
    void optionErrorsAreUsageErrors() throws IOException {
        String policy = policy("[notify]\nfrom = \"qa@example.org\"\n").toString();
        assertEquals("distpolicy notify: --outbox and --smtp exclude each other",
                run("notify", "--outbox", "x", "--smtp", "localhost:25"));
        assertEquals("distpolicy notify: --smtp wants HOST:PORT, e.g. mail.example.org:587, not 'localhost'",
                run("notify", "--reports", dir.toString(), "--policy", policy, "--smtp", "localhost"));
        assertEquals("distpolicy notify: Unrecognized option: --smtp-password", run("notify", "--smtp-password", "secret"));
    }
}
