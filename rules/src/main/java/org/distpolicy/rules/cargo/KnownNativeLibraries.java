package org.distpolicy.rules.cargo;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * C libraries that -sys crates bundle, told by files only their source trees have. The first
 * whose every signature file is present wins, so a library that contains another's file names
 * (zlib-ng has deflate.c and inflate.c too) comes before it.
 */
final class KnownNativeLibraries {
    private record Library(String name, List<String> signature) {
    }

    /** Signature paths match at the end of a file's path: "include/git2.h" matches "libgit2/include/git2.h". */
    private static final List<Library> LIBRARIES = List.of(
            new Library("zlib-ng", List.of("zbuild.h", "deflate.c")),
            new Library("zlib", List.of("deflate.c", "inflate.c", "zlib.h")),
            new Library("zstd", List.of("zstd.h")),
            new Library("libgit2", List.of("include/git2.h")),
            new Library("sqlite", List.of("sqlite3.c")),
            new Library("openssl", List.of("include/openssl/ssl.h")),
            new Library("bzip2", List.of("bzlib.h")),
            new Library("lzma (xz)", List.of("lzma.h")),
            new Library("curl", List.of("include/curl/curl.h")),
            new Library("libssh2", List.of("include/libssh2.h")),
            new Library("pcre2", List.of("pcre2_compile.c")),
            new Library("oniguruma", List.of("oniguruma.h")),
            new Library("jemalloc", List.of("src/jemalloc.c")),
            new Library("lua", List.of("lapi.c", "lua.h")),
            new Library("capstone", List.of("include/capstone/capstone.h")),
            new Library("BLAKE3's C library", List.of("blake3.h", "blake3_dispatch.c")),
            new Library("the IANA tz code", List.of("zic.c", "localtime.c")));

    private KnownNativeLibraries() {
    }

    /** The library the package-relative paths are a copy of, if any is known. */
    static Optional<String> identify(Collection<String> paths) {
        return LIBRARIES.stream()
                .filter(library -> library.signature().stream().allMatch(file -> paths.stream().anyMatch(p -> p.equals(file) || p.endsWith("/" + file))))
                .map(Library::name)
                .findFirst();
    }
}
