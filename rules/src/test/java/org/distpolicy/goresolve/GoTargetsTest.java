package org.distpolicy.goresolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.distpolicy.gosrc.GoTarget;
import org.junit.jupiter.api.Test;

class GoTargetsTest {
    @Test
    void rustTriplesMapToGoosAndGoarch() {
        assertEquals(List.of(new GoTarget("linux", "amd64"), new GoTarget("linux", "arm64"), new GoTarget("linux", "ppc64le"),
                        new GoTarget("linux", "s390x"), new GoTarget("windows", "386"), new GoTarget("darwin", "arm64")),
                GoTargets.of(List.of("x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu", "powerpc64le-unknown-linux-gnu",
                        "s390x-unknown-linux-gnu", "i686-pc-windows-msvc", "aarch64-apple-darwin")));
    }

    @Test
    void bigEndianPowerAndDuplicatesAndSystemsGoLacks() {
        assertEquals(List.of(new GoTarget("linux", "ppc64")), GoTargets.of(List.of("powerpc64-unknown-linux-gnu")));
        assertEquals(List.of(new GoTarget("linux", "amd64")), GoTargets.of(List.of("x86_64-unknown-linux-gnu", "x86_64-unknown-linux-musl")));
        assertEquals(List.of(), GoTargets.of(List.of("thumbv7em-none-eabihf", "no-such-triple")));
    }
}
