package org.distpolicy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./distpolicy} launcher on the jars this build packaged: its JIT modes, its class data
 * archive, its stderr filter, exit statuses.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("..", "distpolicy").toAbsolutePath().normalize();
    private static final String QUICK_JIT = Path.of("target", "launcher", "quick-jit.json").toAbsolutePath().toString();
    private static final Path CLASSES = Path.of("target", "launcher", "classes.jsa").toAbsolutePath();
    private static final String PRINT_FLAGS = "-XX:+UnlockDiagnosticVMOptions -XX:+PrintFlagsFinal";

    private record Outcome(int status, String out, String err) {
    }

    @BeforeAll
    static void packagedJarsAreCurrent() throws IOException {
        // This build has just packaged the jars; the launcher would otherwise rebuild whenever a source is newer than
        // an unchanged classpath.txt that Maven left untouched.
        Files.setLastModifiedTime(Path.of("target", "classpath.txt"), FileTime.from(Instant.now()));
    }

    @Test
    void quickJitIsTheDefaultAndItsDirectivesLineIsDropped() throws Exception {
        Outcome help = launch(Map.of(), "--help");
        assertEquals(0, help.status(), help.err());
        assertTrue(help.out().startsWith("usage: distpolicy COMMAND"), help.out());
        assertEquals("", help.err(), "the JVM's 'compiler directives added' line reaches the user");

        Outcome flags = launch(Map.of("JAVA_TOOL_OPTIONS", PRINT_FLAGS), "--help");
        assertTrue(directivesFlag(flags).endsWith("= " + QUICK_JIT), directivesFlag(flags));
    }

    @Test
    void fullJitLoadsNoDirectives() throws Exception {
        Outcome flags = launch(Map.of("DISTPOLICY_JIT", "full", "JAVA_TOOL_OPTIONS", PRINT_FLAGS), "--help");
        assertEquals(0, flags.status(), flags.err());
        assertTrue(directivesFlag(flags).endsWith("="), directivesFlag(flags));
    }

    /**
     * The CompilerDirectivesFile line of -XX:+PrintFlagsFinal (on stderr with the quick JIT's
     * DisplayVMOutputToStderr, else on stdout), its origin column dropped: "ccstr CompilerDirectivesFile = VALUE".
     */
    private static String directivesFlag(Outcome outcome) {
        return (outcome.out() + outcome.err()).lines().filter(line -> line.contains(" CompilerDirectivesFile "))
                .map(line -> line.replaceAll("\\{.*", "").replaceAll("\\s+", " ").strip())
                .findFirst().orElse("no CompilerDirectivesFile in:\n" + outcome.out() + outcome.err());
    }

    @Test
    void unknownJitModeIsAUsageError() throws Exception {
        Outcome outcome = launch(Map.of("DISTPOLICY_JIT", "fast"), "--help");
        assertEquals(2, outcome.status());
        assertEquals("", outcome.out());
        assertEquals("distpolicy: DISTPOLICY_JIT must be quick or full, not 'fast'\n", outcome.err());
    }

    @Test
    void javaExitStatusAndErrorsPassThroughTheFilter() throws Exception {
        Outcome outcome = launch(Map.of(), "nightly", "--no-such-option");
        assertEquals(2, outcome.status());
        assertTrue(outcome.err().startsWith("distpolicy nightly: Unrecognized option: --no-such-option\n"), outcome.err());
        assertEquals("", outcome.out());
    }

    @Test
    void aSparkCommandWritesTheClassDataArchiveThatLaterRunsMap(@TempDir Path reports) throws Exception {
        Files.deleteIfExists(CLASSES);
        assertEquals(0, launch(Map.of(), "--help").status());
        assertEquals(0, launch(Map.of(), "nightly", "--help").status());
        assertFalse(Files.exists(CLASSES), "--help is no training run: it loads too few classes");

        Outcome first = launch(Map.of(), "nightly", "--reports", reports.toString());
        assertEquals(0, first.status(), first.err());
        assertEquals("", first.err());
        assertTrue(Files.size(CLASSES) > 0);
        // -Xshare:on: a JVM that cannot map the archive exits with an error instead of running without it.
        Outcome second = launch(Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on"), "nightly", "--reports", reports.toString());
        assertEquals(0, second.status(), second.err());
    }

    @Test
    void anArchiveNoJvmCanMapIsNeverInstalled(@TempDir Path work) throws Exception {
        Files.deleteIfExists(CLASSES);
        // A java that truncates the archive it was asked to write: the launcher's check must refuse it.
        Path java = work.resolve("java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                java "$@"; status=$?
                for a in "$@"; do case "$a" in -XX:ArchiveClassesAtExit=*) truncate -s 100000 "${a#*=}" ;; esac; done
                exit $status
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Outcome outcome = launch(Map.of("JAVA", java.toString()), "nightly", "--reports", work.resolve("reports").toString());
        assertEquals(0, outcome.status(), outcome.err());
        assertFalse(Files.exists(CLASSES));
        try (Stream<Path> left = Files.list(CLASSES.getParent())) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("classes.jsa.")).toList(), "no temporary archive left");
        }
    }

    @Test
    void unknownClassDataModeIsAUsageError() throws Exception {
        Outcome outcome = launch(Map.of("DISTPOLICY_CDS", "yes"), "--help");
        assertEquals(2, outcome.status());
        assertEquals("distpolicy: DISTPOLICY_CDS must be on or off, not 'yes'\n", outcome.err());
    }

    private static Outcome launch(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("DISTPOLICY_JIT");
        builder.environment().remove("DISTPOLICY_CDS");
        builder.environment().putAll(environment);
        builder.environment().put("DISTPOLICY_HEAP", "1g");
        Process process = builder.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        int status = process.waitFor();
        // The JVM announces JAVA_TOOL_OPTIONS on stderr itself; only the launcher's own output matters here.
        String errors = err.get().lines().filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS"))
                .map(line -> line + "\n").reduce("", String::concat);
        return new Outcome(status, out, errors);
    }

    private static String read(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
