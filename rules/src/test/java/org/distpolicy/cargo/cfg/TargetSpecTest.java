package org.distpolicy.cargo.cfg;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetSpecTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // what distributions build for
        "x86_64-unknown-linux-gnu", "i686-unknown-linux-gnu", "aarch64-unknown-linux-gnu",
        "armv7-unknown-linux-gnueabihf", "arm-unknown-linux-gnueabi", "arm-unknown-linux-gnueabihf",
        "armv5te-unknown-linux-gnueabi", "powerpc64le-unknown-linux-gnu", "powerpc64-unknown-linux-gnu",
        "s390x-unknown-linux-gnu", "riscv64gc-unknown-linux-gnu", "mips64el-unknown-linux-gnuabi64",
        "loongarch64-unknown-linux-gnu", "x86_64-unknown-linux-musl", "i686-unknown-linux-musl",
        "aarch64-unknown-linux-musl", "armv7-unknown-linux-musleabihf", "powerpc64le-unknown-linux-musl",
        "riscv64gc-unknown-linux-musl", "loongarch64-unknown-linux-musl",
        // what crates name
        "x86_64-pc-windows-msvc", "x86_64-pc-windows-gnu", "i686-pc-windows-msvc", "aarch64-apple-darwin",
        "x86_64-apple-darwin", "wasm32-unknown-unknown", "wasm32-wasip1", "wasm32-wasip2",
        "x86_64-unknown-freebsd", "aarch64-linux-android", "x86_64-unknown-redox"})
    void shipsTheTriplesDistributionsBuildForAndCratesName(String triple) {
        assertEquals(triple, TargetSpec.of(triple).triple());
    }

    @Test
    void x86_64LinuxGnuIsWhatRustcSays() {
        TargetSpec linux = TargetSpec.of("x86_64-unknown-linux-gnu");

        assertAll(
                () -> assertEquals(Set.of("debug_assertions", "unix"), linux.names()),
                () -> assertEquals(Set.of("linux"), linux.values("target_os")),
                () -> assertEquals(Set.of("unix"), linux.values("target_family")),
                () -> assertEquals(Set.of("x86_64"), linux.values("target_arch")),
                () -> assertEquals(Set.of("64"), linux.values("target_pointer_width")),
                () -> assertEquals(Set.of("gnu"), linux.values("target_env")),
                () -> assertEquals(Set.of("unknown"), linux.values("target_vendor")),
                () -> assertEquals(Set.of("little"), linux.values("target_endian")),
                () -> assertEquals(Set.of(""), linux.values("target_abi")),
                () -> assertEquals(Set.of("unwind"), linux.values("panic")),
                () -> assertEquals(Set.of("8", "16", "32", "64", "ptr"), linux.values("target_has_atomic")),
                () -> assertEquals(Set.of("fxsr", "sse", "sse2"), linux.values("target_feature")));
    }

    @Test
    void foreignTargetsDifferWhereCratesLook() {
        TargetSpec msvc = TargetSpec.of("x86_64-pc-windows-msvc");
        TargetSpec wasm = TargetSpec.of("wasm32-unknown-unknown");
        TargetSpec emscripten = TargetSpec.of("wasm32-unknown-emscripten");
        TargetSpec s390x = TargetSpec.of("s390x-unknown-linux-gnu");

        assertAll(
                () -> assertTrue(msvc.hasName("windows")),
                () -> assertFalse(msvc.hasName("unix")),
                () -> assertTrue(msvc.hasKeyValue("target_env", "msvc")),
                () -> assertEquals(Set.of("wasm"), wasm.values("target_family")),
                () -> assertEquals(Set.of("unknown"), wasm.values("target_os")),
                () -> assertTrue(wasm.hasKeyValue("panic", "abort")),
                () -> assertEquals(Set.of("unix", "wasm"), emscripten.values("target_family")),
                () -> assertTrue(s390x.hasKeyValue("target_endian", "big")),
                () -> assertEquals(Set.of(), s390x.values("target_foo")));
    }

    @Test
    void unknownTriplesAreNotGuessed() {
        assertEquals(Optional.empty(), TargetSpec.lookup("wasm32-wasi"));
        assertEquals(Optional.empty(), TargetSpec.lookup("x86_64-unknown-linux"));
        assertEquals(Optional.empty(), TargetSpec.lookup("X86_64-unknown-linux-gnu"));
        assertEquals(Optional.empty(), TargetSpec.lookup(""));

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> TargetSpec.of("wasm32-wasi"));
        assertTrue(e.getMessage().startsWith("no built-in cfg set for target wasm32-wasi; built in: ["),
                e.getMessage());
    }

    @Test
    void builtInTriplesAreSortedAndDistinct() {
        List<String> triples = TargetSpec.builtInTriples();

        assertEquals(triples.stream().sorted().distinct().toList(), triples);
    }

    @Test
    void collectionsAreCopiedAndUnmodifiable() {
        Set<String> names = new HashSet<>(Set.of("unix"));
        Set<String> families = new HashSet<>(Set.of("unix"));
        Map<String, Set<String>> keyValues = new HashMap<>(Map.of("target_family", families));

        TargetSpec spec = new TargetSpec("t", names, keyValues);
        names.add("windows");
        families.add("windows");
        keyValues.put("target_os", Set.of("linux"));

        assertEquals(new TargetSpec("t", Set.of("unix"), Map.of("target_family", Set.of("unix"))), spec);
        assertThrows(UnsupportedOperationException.class, () -> spec.names().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> spec.values("target_family").add("x"));
        assertThrows(UnsupportedOperationException.class, () -> spec.keyValues().put("x", Set.of()));
    }

    @Test
    void aTripleIsRequired() {
        assertThrows(NullPointerException.class, () -> new TargetSpec(null, Set.of(), Map.of()));
        assertThrows(NullPointerException.class, () -> TargetSpec.lookup(null));
    }
}
