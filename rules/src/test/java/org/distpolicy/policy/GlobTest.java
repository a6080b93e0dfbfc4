package org.distpolicy.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobTest {
    @Test
    void starAndQuestionMarkOnTheWholeString() {
        assertTrue(new Glob("github.com/openshift/*").matches("github.com/openshift/api"));
        assertTrue(new Glob("github.com/openshift/*").matches("github.com/openshift/api/v2"), "* crosses /");
        assertFalse(new Glob("github.com/openshift/*").matches("github.com/openshift"));
        assertFalse(new Glob("openshift").matches("github.com/openshift/api"), "whole string, not a substring");
        assertTrue(new Glob("uuid?").matches("uuid1"));
        assertFalse(new Glob("uuid?").matches("uuid"));
        assertTrue(new Glob("*-sys").matches("openssl-sys"));
        assertTrue(new Glob("a*b*c").matches("abxbxc"));
        assertFalse(new Glob("a*b*c").matches("abxbxcd"));
        assertTrue(new Glob("**").matches(""));
    }

    @Test
    void caseSensitiveAndLiteralBrackets() {
        assertFalse(new Glob("UUID").matches("uuid"));
        assertTrue(new Glob("[x]").matches("[x]"));
        assertFalse(new Glob("[x]").matches("x"));
    }

    @Test
    void nullIsTheEmptyString() {
        assertTrue(Glob.ANY.matches(null));
        assertFalse(new Glob("?*").matches(null));
    }
}
