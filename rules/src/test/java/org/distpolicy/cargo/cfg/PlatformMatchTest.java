package org.distpolicy.cargo.cfg;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Keys found in real crates, evaluated against the built-in targets as cargo would. */
class PlatformMatchTest {
    private static final String LINUX = "x86_64-unknown-linux-gnu";
    private static final String MUSL = "x86_64-unknown-linux-musl";
    private static final String I686 = "i686-unknown-linux-gnu";
    private static final String ARMHF = "armv7-unknown-linux-gnueabihf";
    private static final String S390X = "s390x-unknown-linux-gnu";
    private static final String X32 = "x86_64-unknown-linux-gnux32";
    private static final String MSVC = "x86_64-pc-windows-msvc";
    private static final String MINGW = "x86_64-pc-windows-gnu";
    private static final String MAC = "aarch64-apple-darwin";
    private static final String ANDROID = "aarch64-linux-android";
    private static final String FREEBSD = "x86_64-unknown-freebsd";
    private static final String REDOX = "x86_64-unknown-redox";
    private static final String WASM = "wasm32-unknown-unknown";
    private static final String WASI = "wasm32-wasip1";
    private static final String EMSCRIPTEN = "wasm32-unknown-emscripten";
    private static final String SGX = "x86_64-fortanix-unknown-sgx";
    private static final String CORTEX_M = "thumbv7em-none-eabihf";

    private static boolean matches(String key, String triple) throws CfgException {
        return Platform.parse(key).matches(TargetSpec.of(triple));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void realKeys(String key, List<String> matching, List<String> notMatching) {
        assertAll(Stream.concat(
                matching.stream().<Executable>map(triple -> () -> assertTrue(matches(key, triple), triple)),
                notMatching.stream().<Executable>map(triple -> () -> assertFalse(matches(key, triple), triple))));
    }

    static Stream<Arguments> realKeys() {
        return Stream.of(
                Arguments.of("cfg(all(unix, not(target_os = \"macos\")))",
                        List.of(LINUX, MUSL, ANDROID, FREEBSD, REDOX, EMSCRIPTEN), List.of(MAC, MSVC, WASM, SGX)),
                Arguments.of("cfg(any(target_os = \"linux\", target_os = \"android\"))",
                        List.of(LINUX, MUSL, S390X, ANDROID), List.of(MAC, MSVC, FREEBSD, WASM)),
                Arguments.of("cfg(windows)", List.of(MSVC, MINGW, "i686-pc-windows-msvc"),
                        List.of(LINUX, MAC, WASM, SGX)),
                Arguments.of("cfg(unix)", List.of(LINUX, MAC, FREEBSD, REDOX, EMSCRIPTEN),
                        List.of(MSVC, WASM, WASI, SGX, CORTEX_M)),
                Arguments.of("cfg(target_arch = \"wasm32\")", List.of(WASM, WASI, EMSCRIPTEN), List.of(LINUX, I686)),
                Arguments.of("cfg(all(target_arch = \"wasm32\", not(target_os = \"wasi\")))",
                        List.of(WASM, EMSCRIPTEN), List.of(WASI, "wasm32-wasip2", LINUX)),
                Arguments.of("cfg(target_os = \"wasi\")", List.of(WASI, "wasm32-wasip2"), List.of(WASM, LINUX)),
                Arguments.of("x86_64-pc-windows-gnu", List.of(MINGW), List.of(MSVC, "i686-pc-windows-gnu", LINUX)),
                Arguments.of("x86_64-unknown-linux-gnu", List.of(LINUX), List.of(MUSL, X32)),
                Arguments.of("cfg(target_pointer_width = \"64\")", List.of(LINUX, S390X, MAC, MSVC),
                        List.of(I686, ARMHF, X32, WASM)),
                Arguments.of("cfg(target_env = \"musl\")", List.of(MUSL, "armv7-unknown-linux-musleabihf"),
                        List.of(LINUX, MSVC, MAC)),
                Arguments.of("cfg(target_env = \"gnu\")", List.of(LINUX, X32, MINGW), List.of(MUSL, MSVC, ANDROID)),
                Arguments.of("cfg(any(target_family=\"unix\", target_family=\"wasm\"))",
                        List.of(LINUX, MAC, WASM, WASI, EMSCRIPTEN), List.of(MSVC, SGX, CORTEX_M)),
                // emscripten is of both families
                Arguments.of("cfg(all(target_family = \"unix\", target_family = \"wasm\"))",
                        List.of(EMSCRIPTEN), List.of(LINUX, WASM)),
                Arguments.of("cfg(target_endian = \"big\")", List.of(S390X, "powerpc64-unknown-linux-gnu"),
                        List.of(LINUX, "powerpc64le-unknown-linux-gnu")),
                Arguments.of("cfg(target_vendor = \"apple\")", List.of(MAC, "x86_64-apple-darwin", "aarch64-apple-ios"),
                        List.of(LINUX, MSVC)),
                Arguments.of("cfg(target_has_atomic = \"64\")", List.of(LINUX, I686, ARMHF),
                        List.of("mipsel-unknown-linux-gnu", "powerpc-unknown-linux-gnu", CORTEX_M)),
                Arguments.of("cfg(target_feature = \"sse2\")", List.of(LINUX, MUSL, I686, MSVC, SGX),
                        List.of("i586-unknown-linux-gnu", MAC, WASM)),
                // rustc sets crt-static on musl, but not when asked with cargo's proc-macro crate type
                Arguments.of("cfg(target_feature = \"crt-static\")", List.of(),
                        List.of(MUSL, WASI, REDOX, LINUX, MSVC)),
                Arguments.of("cfg(panic = \"abort\")", List.of(WASM, CORTEX_M), List.of(LINUX, MSVC)),
                // most targets set target_abi to the empty string, and cargo compares it like any value
                Arguments.of("cfg(target_abi = \"\")", List.of(LINUX, MSVC), List.of(ARMHF, X32)),
                Arguments.of("cfg(any(target_arch = \"x86\", target_arch = \"x86_64\"))",
                        List.of(LINUX, I686, X32, MSVC, SGX), List.of(MAC, ARMHF, WASM)),
                Arguments.of("cfg(not(any(windows, target_os = \"hermit\", target_os = \"unknown\")))",
                        List.of(LINUX, MAC, WASI), List.of(MSVC, WASM, "x86_64-unknown-hermit")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cfg(test)", "cfg(proc_macro)", "cfg(feature = \"std\")",
        "cfg(all(unix, feature = \"std\"))", "cfg(any(test, doc, miri))", "cfg(all(any(), unix))"})
    void keysCargoNeverSelectsMatchNoBuiltInTarget(String key) throws CfgException {
        Platform platform = Platform.parse(key);

        assertFalse(platform.matchesAny(builtInTargets()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cfg(not(test))", "cfg(debug_assertions)", "cfg(all())", "cfg(not(any()))",
        "cfg(true)", "cfg(r#true)", "cfg(not(false))", "cfg(any(unix, windows, not(all(unix, windows))))"})
    void keysThatHoldForEveryBuiltInTarget(String key) throws CfgException {
        Platform platform = Platform.parse(key);

        assertAll(builtInTargets().stream()
                .<Executable>map(target -> () -> assertTrue(platform.matches(target), target.triple())));
    }

    @Test
    void debugAssertionsIsSetOnEveryTargetAsRustcPrintsItByDefault() {
        assertAll(builtInTargets().stream()
                .<Executable>map(target -> () -> assertTrue(target.hasName("debug_assertions"), target.triple())));
    }

    @Test
    void aTargetNameMatchesOnlyThatTriple() throws CfgException {
        Platform named = Platform.parse(MINGW);

        assertEquals(List.of(MINGW), builtInTargets().stream()
                .filter(named::matches).map(TargetSpec::triple).toList());
    }

    @Test
    void aTargetNameIsComparedAsWrittenNotLookedUp() throws CfgException {
        TargetSpec custom = new TargetSpec("x86_64-distro-linux-gnu", Set.of("unix"), Map.of());

        assertTrue(Platform.parse("x86_64-distro-linux-gnu").matches(custom));
        assertFalse(Platform.parse("X86_64-distro-linux-gnu").matches(custom));
        assertFalse(Platform.parse("wasm32-wasi").matchesAny(builtInTargets()));
    }

    @Test
    void aCfgKeyIsEvaluatedAgainstAnyCfgSet() throws CfgException {
        TargetSpec custom = new TargetSpec("custom", Set.of("unix", "distro_hardened"),
                Map.of("target_os", Set.of("linux"), "target_family", Set.of("unix", "wasm")));

        assertTrue(Platform.parse("cfg(all(distro_hardened, target_os = \"linux\", target_family = \"wasm\"))")
                .matches(custom));
        assertFalse(Platform.parse("cfg(debug_assertions)").matches(custom));
        assertFalse(Platform.parse("cfg(target_arch = \"x86_64\")").matches(custom));
    }

    @Test
    void matchesAnyAsksWhetherSomeDistroTargetSelectsTheTable() throws CfgException {
        List<TargetSpec> distro = Stream.of(LINUX, I686, "aarch64-unknown-linux-gnu", "powerpc64le-unknown-linux-gnu",
                S390X).map(TargetSpec::of).toList();

        assertTrue(Platform.parse("cfg(target_os = \"linux\")").matchesAny(distro));
        assertTrue(Platform.parse("cfg(target_endian = \"big\")").matchesAny(distro));
        assertTrue(Platform.parse(I686).matchesAny(distro));
        assertFalse(Platform.parse("cfg(windows)").matchesAny(distro));
        assertFalse(Platform.parse("cfg(target_env = \"musl\")").matchesAny(distro));
        assertFalse(Platform.parse(MINGW).matchesAny(distro));
        assertFalse(Platform.parse("cfg(unix)").matchesAny(List.of()));
    }

    private static List<TargetSpec> builtInTargets() {
        return TargetSpec.builtInTriples().stream().map(TargetSpec::of).toList();
    }
}
