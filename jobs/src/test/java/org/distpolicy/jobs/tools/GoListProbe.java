package org.distpolicy.jobs.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Asks the real go command whether a module tree's vendor directory is consistent: go list -m
 * with -mod=vendor loads go.mod and vendor/modules.txt and runs every check vendor mode makes
 * before building. (go list -m all cannot be computed from vendor/ by go 1.19 and fails for
 * every tree.) Offline, with a private HOME, GOPATH and cache.
 */
final class GoListProbe {
    enum Outcome { CONSISTENT, INCONSISTENT, OTHER_ERROR }

    record Verdict(Outcome outcome, String stderr) {
        String firstLine() {
            return stderr.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        }
    }

    private final String go;
    private final Path scratch;
    private final long timeoutSeconds;

    GoListProbe(String go, Path scratch, long timeoutSeconds) {
        this.go = go;
        this.scratch = scratch;
        this.timeoutSeconds = timeoutSeconds;
    }

    Verdict check(Path moduleRoot) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory(scratch, "home-");
        Path stderr = home.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(go, "list", "-mod=vendor", "-m")
                .directory(moduleRoot.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", home.toString());
        env.put("GOPATH", home.resolve("gopath").toString());
        env.put("GOCACHE", home.resolve("cache").toString());
        env.put("GOFLAGS", "-mod=vendor");
        env.put("GOPROXY", "off");
        env.put("GOSUMDB", "off");
        env.put("GOTOOLCHAIN", "local");
        env.put("GO111MODULE", "on");
        env.put("GOWORK", "off");
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            GoVendorAgreement.deleteTree(home);
            return new Verdict(Outcome.OTHER_ERROR, "timeout after " + timeoutSeconds + " s");
        }
        String text = Files.readString(stderr, StandardCharsets.UTF_8);
        GoVendorAgreement.deleteTree(home);
        Outcome outcome = process.exitValue() == 0 ? Outcome.CONSISTENT
                : text.contains("inconsistent vendoring") || text.contains("should be required explicitly in go.mod")
                ? Outcome.INCONSISTENT : Outcome.OTHER_ERROR;
        return new Verdict(outcome, text);
    }
}
