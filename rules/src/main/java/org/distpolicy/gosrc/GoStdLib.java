package org.distpolicy.gosrc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Go standard library's packages (what "go list std" shows, internal ones included), shipped
 * as data in std-packages.txt, which datasets/go/std-packages.sh regenerates. Packages older than
 * Go 1.19 are all recorded as "since 1.0": the distro builds with nothing older.
 */
public final class GoStdLib {
    private static final String RESOURCE = "std-packages.txt";
    private static final Map<String, GoReleaseVersion> SINCE = load();

    private GoStdLib() {
    }

    /**
     * Whether the import path needs no module because the toolchain provides it: a standard
     * package that exists in goVersion, or "C", cgo's pseudo-package.
     *
     * @param goVersion the Go release, "1.24"
     * @throws IllegalArgumentException if goVersion is not a Go version
     */
    public static boolean provides(String importPath, String goVersion) {
        GoReleaseVersion release = GoReleaseVersion.parse(Objects.requireNonNull(goVersion, "goVersion"));
        if (importPath.equals("C")) {
            return true;
        }
        GoReleaseVersion since = SINCE.get(importPath);
        return since != null && since.compareTo(release) <= 0;
    }

    /** The Go release that added the standard package ("1.21" for slices), or empty when it is not standard. */
    public static Optional<String> since(String importPath) {
        return Optional.ofNullable(SINCE.get(importPath)).map(GoReleaseVersion::toString);
    }

    private static Map<String, GoReleaseVersion> load() {
        Map<String, GoReleaseVersion> since = new HashMap<>();
        try (InputStream in = GoStdLib.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.trim().split("\\s+");
                if (fields.length != 2) {
                    throw new IllegalStateException(RESOURCE + ": bad line \"" + line + "\"");
                }
                since.put(fields[0], GoReleaseVersion.parse(fields[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(since);
    }
}
