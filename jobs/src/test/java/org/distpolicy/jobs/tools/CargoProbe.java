package org.distpolicy.jobs.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Asks cargo itself whether a root is installable: a throwaway package that depends on exactly
 * that crate version and feature, resolved with {@code cargo generate-lockfile --offline} against
 * the archive as a directory source that replaces crates.io. The lockfile is where cargo's
 * resolver gives its verdict (versions, features, links, one version per semver line) without
 * building anything.
 */
final class CargoProbe {
    private final String cargo;
    private final Path archive;
    private final Path scratch;
    private final long timeoutSeconds;

    CargoProbe(String cargo, Path archive, Path scratch, long timeoutSeconds) {
        this.cargo = cargo;
        this.archive = archive;
        this.scratch = scratch;
        this.timeoutSeconds = timeoutSeconds;
    }

    CargoVerdict check(Root root) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory(scratch, "probe-");
            writeProbePackage(dir, root);
            return run(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CargoVerdict.timeout(0);
        } finally {
            deleteQuietly(dir);
        }
    }

    private void writeProbePackage(Path dir, Root root) throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/lib.rs"), "");
        Files.writeString(dir.resolve("Cargo.toml"), """
                [package]
                name = "agreement-probe"
                version = "0.0.0"
                edition = "2021"
                publish = false

                [dependencies]
                %s = { version = "=%s", %s }
                """.formatted(tomlKey(root.crate()), root.version(), featureSelection(root)));
        Files.createDirectories(dir.resolve(".cargo"));
        // Source replacement: every crates.io dependency comes from the archive, nothing from the network.
        Files.writeString(dir.resolve(".cargo/config.toml"), """
                [source.crates-io]
                replace-with = "archive"

                [source.archive]
                directory = "%s"

                [net]
                offline = true
                """.formatted(archive.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"")));
    }

    private static String featureSelection(Root root) {
        return root.feature()
                .map(f -> f.equals("default") ? "default-features = true"
                        : "default-features = false, features = [\"" + f.replace("\"", "\\\"") + "\"]")
                .orElse("default-features = false");
    }

    private static String tomlKey(String crate) {
        return crate.matches("[A-Za-z0-9_-]+") ? crate : "\"" + crate + "\"";
    }

    private CargoVerdict run(Path dir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(cargo, "generate-lockfile", "--offline", "--quiet")
                .directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("stderr.txt").toFile());
        Map<String, String> env = builder.environment();
        // A private CARGO_HOME per probe: no shared config, registry cache or package-cache lock.
        env.keySet().removeIf(k -> k.startsWith("CARGO_") && !k.equals("CARGO_HOME"));
        env.put("CARGO_HOME", dir.resolve("cargo-home").toString());
        env.put("CARGO_NET_OFFLINE", "true");
        env.put("CARGO_TERM_COLOR", "never");
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            return CargoVerdict.timeout(timeoutSeconds);
        }
        return CargoVerdict.of(process.exitValue(), Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // scratch space: a leftover is harmless
        }
    }
}
