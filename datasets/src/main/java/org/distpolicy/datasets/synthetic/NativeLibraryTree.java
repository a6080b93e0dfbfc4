package org.distpolicy.datasets.synthetic;

import static org.distpolicy.datasets.Entry.file;

import java.util.List;
import org.distpolicy.datasets.Entry;

/**
 * A C library's source tree as -sys crates bundle it: zlib below {@code src/zlib/} (libz-sys),
 * libgit2 below {@code libgit2/} (libgit2-sys). The files carry the bundling crate's name, so no
 * two crates share one and the copy join sees nothing; together they pass the size from which
 * distpolicy counts a directory of native sources as a library (64 KiB).
 *
 * @param directory the library's directory in the crate, as {@code cargo/bundled-native-library} names it
 */
record NativeLibraryTree(String library, String directory, List<String> files) {
    private static final NativeLibraryTree ZLIB = new NativeLibraryTree("zlib 1.3.1", "src/zlib/",
            List.of("adler32.c", "crc32.c", "deflate.c", "inflate.c", "inftrees.c", "trees.c", "zutil.c", "zconf.h", "zlib.h"));
    private static final NativeLibraryTree LIBGIT2 = new NativeLibraryTree("libgit2 1.7.2", "libgit2/",
            List.of("include/git2.h", "include/git2/repository.h", "src/libgit2/repository.c", "src/libgit2/commit.c",
                    "src/libgit2/odb.c", "src/libgit2/refs.c", "src/util/hash.c", "src/util/pool.c"));
    private static final int BYTES_PER_FILE = 9 * 1024;

    /** The library a crate version bundles: the generator alternates them by version. */
    static NativeLibraryTree of(SyntheticCrates.CrateVersion crate) {
        return crate.minor() % 2 == 0 ? ZLIB : LIBGIT2;
    }

    List<Entry> entries(String crate, String version) {
        return files.stream().map(f -> file(directory + f, source(f, crate + " " + version))).toList();
    }

    private String source(String file, String bundler) {
        String stem = file.substring(file.lastIndexOf('/') + 1).replace('.', '_');
        StringBuilder c = new StringBuilder("/* " + file + " -- part of " + library + ", as bundled by " + bundler + " */\n\n"
                + "#include <stddef.h>\n#include <string.h>\n\n");
        for (int i = 0; c.length() < BYTES_PER_FILE; i++) {
            c.append("unsigned long ").append(stem).append('_').append(i).append("(const unsigned char *buf, size_t len, unsigned long state)\n{\n")
                    .append("    for (size_t n = 0; n < len; n++) {\n")
                    .append("        state = (state << ").append(1 + i % 7).append(") ^ (state >> ").append(3 + i % 5).append(") ^ buf[n];\n")
                    .append("    }\n    return state + ").append(i * 2654435761L % 65521).append("UL;\n}\n\n");
        }
        return c.toString();
    }
}
