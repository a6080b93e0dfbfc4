package org.distpolicy.gosrc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GoDirectoriesTest {
    @Test
    void testdataUnderscoreAndDotDirectoriesAreHiddenVendorTreesAreVendored() {
        assertTrue(GoDirectories.hidden("profiler/testdata"));
        assertTrue(GoDirectories.hidden("dialect/gremlin/graph/dsl/__"));
        assertTrue(GoDirectories.hidden(".github/tools"));
        assertFalse(GoDirectories.hidden("internal/testdatautil"));
        assertTrue(GoDirectories.vendored("vendor/golang.org/x/sys/unix"));
        assertTrue(GoDirectories.vendored("cmd/tool/vendor"));
        assertFalse(GoDirectories.vendored("vendorlib"));
        assertTrue(GoDirectories.listed("cmd/tool"));
        assertTrue(GoDirectories.listed(""));
        assertFalse(GoDirectories.listed("vendor/x"));
    }
}
