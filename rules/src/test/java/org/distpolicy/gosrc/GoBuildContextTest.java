package org.distpolicy.gosrc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoBuildContextTest {
    private static final GoBuildContext DEFAULTS = GoBuildContext.defaults("1.22");
    private static final GoFileHeader PLAIN = header("package unix\n");

    private static GoFileHeader header(String source) {
        return GoFileHeader.parse(source.getBytes(UTF_8), true);
    }

    private static GoFileHeader constrained(String expression) {
        return header("//go:build " + expression + "\n\npackage unix\n");
    }

    @Test
    void defaultsAreLinuxAmd64AndArm64WithCgo() {
        assertEquals(List.of(new GoTarget("linux", "amd64"), new GoTarget("linux", "arm64")), DEFAULTS.targets());
        assertTrue(DEFAULTS.cgo());
        assertThrows(IllegalArgumentException.class, () -> GoBuildContext.defaults("latest"));
        assertThrows(IllegalArgumentException.class, () -> new GoBuildContext(List.of(), "1.22", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unix/syscall_linux.go", "unix/zsyscall_linux_amd64.go", "unix/asm_linux_arm64.s.go",
            "unix/types_amd64.go", "unix/linux.go", "unix/windows.go", "unix/gccgo_c.go", "unix/foo_bar.go",
            "unix/syscall_linux_test.go", "unix/x_linux_arm64_test.go", "unix/mmap_unix.go", "unix/a_b_linux.go"})
    void fileNamesThatBuild(String path) {
        assertTrue(DEFAULTS.builds(path, PLAIN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows/zsyscall_windows_amd64.go", "unix/syscall_darwin.go", "unix/zerrors_linux_386.go",
            "unix/asm_linux_riscv64.go", "unix/syscall_freebsd_arm64.go", "unix/x_wasip1.go", "unix/x_s390x_test.go",
            "unix/_gen.go", "unix/.hidden.go", "unix/x_linux_mips64p32le.go", "unix/x_zos.go"})
    void fileNamesThatDoNotBuild(String path) {
        assertFalse(DEFAULTS.builds(path, PLAIN));
    }

    @Test
    void eachTargetIsCheckedOnItsOwn() {
        GoFileHeader arm64Only = constrained("linux && arm64");
        assertTrue(DEFAULTS.builds("a/x.go", arm64Only));
        assertFalse(DEFAULTS.buildsFor(new GoTarget("linux", "amd64"), "a/x.go", arm64Only));
        assertFalse(DEFAULTS.builds("a/x_amd64.go", arm64Only));
        GoBuildContext amd64 = new GoBuildContext(List.of(new GoTarget("linux", "amd64")), "1.22", true);
        assertFalse(amd64.builds("a/x.go", arm64Only));
    }

    @Test
    void impliedTags() {
        assertTrue(DEFAULTS.builds("x.go", constrained("unix && gc && !gccgo")));
        assertFalse(DEFAULTS.builds("x.go", constrained("gccgo")));
        assertFalse(DEFAULTS.builds("x.go", constrained("android || ios || illumos")));
        GoBuildContext others = new GoBuildContext(List.of(new GoTarget("android", "arm64")), "1.22", true);
        assertTrue(others.builds("x.go", constrained("linux && unix")));
        assertTrue(others.builds("x_linux.go", PLAIN));
        assertTrue(new GoBuildContext(List.of(new GoTarget("illumos", "amd64")), "1.22", true)
                .builds("x_solaris.go", constrained("solaris")));
        assertTrue(new GoBuildContext(List.of(new GoTarget("ios", "arm64")), "1.22", true)
                .builds("x_darwin.go", constrained("darwin && unix")));
        GoBuildContext windows = new GoBuildContext(List.of(new GoTarget("windows", "amd64")), "1.22", true);
        assertFalse(windows.builds("x.go", constrained("unix")));
        assertTrue(windows.builds("zsyscall_windows_amd64.go", PLAIN));
        assertFalse(new GoBuildContext(List.of(new GoTarget("wasip1", "wasm")), "1.22", true)
                .builds("x.go", constrained("unix")));
    }

    @Test
    void releaseTagsFollowTheGoVersion() {
        assertTrue(DEFAULTS.builds("x.go", constrained("go1.1 && go1.18 && go1.22")));
        assertFalse(DEFAULTS.builds("x.go", constrained("go1.23")));
        assertTrue(DEFAULTS.builds("x.go", constrained("!go1.23")));
        assertFalse(DEFAULTS.builds("x.go", constrained("go1.0 || go1.01 || go1")));
        assertTrue(GoBuildContext.defaults("1.24.3").builds("x.go", constrained("go1.24")));
        assertTrue(GoBuildContext.defaults("go1.23").builds("x.go", constrained("go1.23 && !go1.24")));
    }

    @Test
    void cgoFilesNeedCgo() {
        GoFileHeader cgoFile = header("package user\n\n// #include <pwd.h>\nimport \"C\"\n");
        GoBuildContext noCgo = new GoBuildContext(DEFAULTS.targets(), "1.22", false);
        assertTrue(DEFAULTS.builds("user/cgo_lookup.go", cgoFile));
        assertFalse(noCgo.builds("user/cgo_lookup.go", cgoFile));
        assertTrue(DEFAULTS.builds("user/x.go", constrained("cgo")));
        assertFalse(noCgo.builds("user/x.go", constrained("cgo")));
        assertTrue(noCgo.builds("user/x.go", constrained("!cgo")));
    }

    @Test
    void invalidConstraintsNeverBuild() {
        assertFalse(DEFAULTS.builds("x.go", constrained("linux &&")));
        assertFalse(DEFAULTS.builds("x.go", constrained("ignore")));
    }
}
