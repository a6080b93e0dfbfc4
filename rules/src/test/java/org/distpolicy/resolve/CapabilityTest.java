package org.distpolicy.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CapabilityTest {
    @Test
    void theTextOfEveryKindOfCapabilityParsesBackToIt() {
        for (Capability c : new Capability[] {Capability.crate("serde", null), Capability.crate("serde", "derive"),
                Capability.crate("tokio", "rt-multi-thread"), Capability.goModule("golang.org/x/net"),
                Capability.goPackage("golang.org/x/net/http2")}) {
            assertEquals(c, Capability.parse(c.toString()));
        }
        assertThrows(IllegalArgumentException.class, () -> Capability.parse("serde"));
    }
}
