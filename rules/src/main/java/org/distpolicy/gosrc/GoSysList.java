package org.distpolicy.gosrc;

import java.util.Set;

/**
 * Go's syslist (internal/syslist): every GOOS and GOARCH past, present or future. File name
 * suffixes are matched against these lists, so they only ever grow.
 */
final class GoSysList {
    static final Set<String> KNOWN_OS = Set.of(
            "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux",
            "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos");

    /** The GOOS values the "unix" build tag matches. */
    static final Set<String> UNIX_OS = Set.of(
            "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "linux",
            "netbsd", "openbsd", "solaris");

    static final Set<String> KNOWN_ARCH = Set.of(
            "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle",
            "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64",
            "s390", "s390x", "sparc", "sparc64", "wasm");

    private GoSysList() {
    }
}
