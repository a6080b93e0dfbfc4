package org.distpolicy.cargo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyPathTest {

    @Test
    void bareKeysAreJoinedWithDots() {
        assertEquals("dev-dependencies.serde_json", KeyPath.root().key("dev-dependencies").key("serde_json").toString());
    }

    @Test
    void keysThatAreNotBareAreSingleQuoted() {
        assertEquals("target.'cfg(target_os = \"macos\")'.dependencies",
                KeyPath.root().key("target").key("cfg(target_os = \"macos\")").key("dependencies").toString());
        assertEquals("replace.'foo:0.1.0'", KeyPath.root().key("replace").key("foo:0.1.0").toString());
        assertEquals("''", KeyPath.root().key("").toString());
    }

    @Test
    void keysWithApostrophesOrControlCharactersAreDoubleQuotedAndEscaped() {
        assertEquals("features.\"it's\"", KeyPath.root().key("features").key("it's").toString());
        assertEquals("\"a\\\"b'\\\\\"", KeyPath.root().key("a\"b'\\").toString());
        assertEquals("\"tab\\u0009\"", KeyPath.root().key("tab\t").toString());
    }

    @Test
    void indexesFollowTheirArray() {
        assertEquals("bin[1].name", KeyPath.root().key("bin").index(1).key("name").toString());
        assertEquals("features.default[0]", KeyPath.root().key("features").key("default").index(0).toString());
    }

    @Test
    void anIndexIsNotTheSameAsAKeyThatLooksLikeIt() {
        assertNotEquals(KeyPath.root().key("bin").index(1), KeyPath.root().key("bin").key("1"));
        assertEquals(KeyPath.root().key("bin").index(1), KeyPath.root().key("bin").index(1));
    }

    @Test
    void parentDropsTheLastSegmentDownToTheRoot() {
        KeyPath path = KeyPath.root().key("bin").index(0);

        assertEquals(KeyPath.root().key("bin"), path.parent());
        assertTrue(path.parent().parent().isRoot());
    }
}
