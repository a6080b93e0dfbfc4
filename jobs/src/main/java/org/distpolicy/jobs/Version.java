package org.distpolicy.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.distpolicy.facts.ArtifactScanner;
import org.distpolicy.hash.Sha256;
import org.distpolicy.reports.ReportTables;

/** The tool's version, from the jar manifest when packaged. */
final class Version {
    private static String build;

    private Version() {
    }

    static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /**
     * The version and a digest of the jars that hold the code: what cached facts and reused
     * tables are a function of. A snapshot rebuilt with other code has another build, so it never
     * reuses what an earlier build computed. Classes run from directories (tests) count as one build.
     */
    static synchronized String build() {
        if (build == null) {
            Set<Path> jars = new LinkedHashSet<>();
            for (Class<?> code : List.of(Version.class, ArtifactScanner.class, ReportTables.class)) {
                try {
                    jars.add(Path.of(code.getProtectionDomain().getCodeSource().getLocation().toURI()));
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            MessageDigest digest = Sha256.newDigest();
            for (Path jar : jars) {
                if (Files.isRegularFile(jar)) {
                    try (InputStream in = new DigestInputStream(Files.newInputStream(jar), digest)) {
                        in.transferTo(OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            build = current() + "+" + Sha256.hex(digest).substring(0, 16);
        }
        return build;
    }
}
