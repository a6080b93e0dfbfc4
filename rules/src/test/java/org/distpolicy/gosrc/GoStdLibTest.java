package org.distpolicy.gosrc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoStdLibTest {
    @Test
    void oldPackagesAreProvidedEverywhere() {
        for (String path : new String[] {"fmt", "net/http", "crypto/tls", "unsafe", "embed", "syscall/js",
                "runtime/cgo", "internal/cpu"}) {
            assertTrue(GoStdLib.provides(path, "1.19"), path);
            assertEquals(Optional.of("1.0"), GoStdLib.since(path), path);
        }
    }

    @Test
    void newerPackagesNeedTheirRelease() {
        assertEquals(Optional.of("1.21"), GoStdLib.since("slices"));
        assertFalse(GoStdLib.provides("slices", "1.20"));
        assertTrue(GoStdLib.provides("slices", "1.21"));
        assertTrue(GoStdLib.provides("slices", "1.24.1"));
        assertEquals(Optional.of("1.22"), GoStdLib.since("math/rand/v2"));
        assertEquals(Optional.of("1.23"), GoStdLib.since("iter"));
        assertEquals(Optional.of("1.24"), GoStdLib.since("crypto/mlkem"));
        assertFalse(GoStdLib.provides("weak", "1.23"));
        assertTrue(GoStdLib.provides("weak", "1.24"));
        assertEquals(Optional.of("1.25"), GoStdLib.since("testing/synctest"));
        assertEquals(Optional.of("1.20"), GoStdLib.since("crypto/ecdh"));
    }

    @Test
    void nonStandardPaths() {
        assertTrue(GoStdLib.provides("C", "1.19"));
        assertEquals(Optional.empty(), GoStdLib.since("C"));
        for (String path : new String[] {"golang.org/x/sys/unix", "cmd/go", "vendor/golang.org/x/net/http2/hpack",
                "encoding/json/v2", "github.com/pkg/errors", "fmt/", "", "go/build/testdata/other"}) {
            assertFalse(GoStdLib.provides(path, "1.25"), path);
            assertEquals(Optional.empty(), GoStdLib.since(path), path);
        }
        assertThrows(IllegalArgumentException.class, () -> GoStdLib.provides("fmt", "one"));
    }
}
