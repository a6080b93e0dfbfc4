package org.distpolicy.rules.cargo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.facts.CrateFacts;
import org.distpolicy.rules.CrateRule;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;

/**
 * {@code cargo/bundled-native-library}: C, C++ or assembly library sources inside a crate.
 * Native sources are grouped by library directory: the top directory below the crate, or the
 * one below a container such as {@code src/} or {@code vendor/} ({@code src/zstd/},
 * {@code vendor/openssl/}). Fixture directories are left out.
 *
 * <p>A group is a library from {@value #MIN_BYTES} bytes on, and a lone file from
 * {@value #LONE_FILE_MIN_BYTES}. Size tells libraries from a crate's own native code better
 * than a file count: on Debian's 1,514 crates, build probes and FFI shims are a few KiB
 * ({@code build/probe.c}), a crate's own assembly stays below 60 KiB even in 22 files (psm,
 * rustix, sha2-asm), and a lone header or runtime file of the crate's own interface reaches
 * 56 KiB (cryptoki-sys' pkcs11.h, cxx's cxx.cc); bundled libraries start above 100 KiB
 * (sha1collisiondetection's lib/, the tz code in chrono-tz) and reach megabytes (capstone,
 * oniguruma). A lone file that large is a single-header library or an amalgamation
 * (stb_image.h, sqlite3.c).
 */
public final class CargoBundledNativeLibrary extends CrateRule {
    public static final CargoBundledNativeLibrary INSTANCE = new CargoBundledNativeLibrary();

    static final long MIN_BYTES = 64 * 1024;
    static final long LONE_FILE_MIN_BYTES = 128 * 1024;

    private static final Set<String> EXTENSIONS = Set.of("c", "cc", "cpp", "cxx", "h", "hpp", "hh", "S", "s", "asm");
    /** Directories that hold libraries rather than being one. */
    private static final Set<String> CONTAINERS = Set.of("src", "vendor", "third_party", "third-party", "deps", "external", "native");

    private CargoBundledNativeLibrary() {
        super("cargo/bundled-native-library", Severity.ERROR,
                "bundled C/C++ library sources (e.g. a -sys crate shipping its library)",
                """
                A -sys crate's build script may compile the library it binds from sources it carries
                instead of linking the distro's shared library, so the distro's security fixes to
                that library never reach the binaries built from the crate. Example: libz-sys with
                src/zlib/ holding deflate.c, inflate.c and zlib.h, and `links = "z"`.""",
                "Remove the bundled sources when packaging and link the system library (pkg-config, the crate's system feature).");
    }

    @Override
    public List<Finding> check(CrateFacts crate) {
        Map<String, List<FileEntry>> byLibrary = new TreeMap<>();
        for (FileEntry file : crate.files()) {
            if (isNativeSource(file.path()) && !FixtureDirectories.contains(file.path())) {
                byLibrary.computeIfAbsent(libraryDirectory(file.path()), d -> new ArrayList<>()).add(file);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byLibrary.forEach((directory, files) -> {
            long bytes = files.stream().mapToLong(FileEntry::size).sum();
            if (bytes >= (files.size() == 1 ? LONE_FILE_MIN_BYTES : MIN_BYTES)) {
                String where = directory.isEmpty() ? "the crate root" : directory;
                String counts = files.size() + (files.size() == 1 ? " C/C++/assembly file, " : " C/C++/assembly files, ") + bytes + " bytes";
                String message = KnownNativeLibraries.identify(files.stream().map(FileEntry::path).toList())
                        .map(library -> "bundles " + library + ": " + where + " holds " + counts)
                        .orElse("bundles a native library in " + where + ": " + counts);
                findings.add(finding(crate, directory.isEmpty() ? null : directory, message, directory));
            }
        });
        return findings;
    }

    private static boolean isNativeSource(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && EXTENSIONS.contains(path.substring(dot + 1));
    }

    /** "zlib/", "src/zstd/", "vendor/openssl/"; "" for files at the crate root. */
    private static String libraryDirectory(String path) {
        String[] parts = path.split("/");
        if (parts.length == 1) {
            return "";
        }
        boolean container = CONTAINERS.contains(parts[0]) && parts.length > 2;
        return container ? parts[0] + "/" + parts[1] + "/" : parts[0] + "/";
    }
}
