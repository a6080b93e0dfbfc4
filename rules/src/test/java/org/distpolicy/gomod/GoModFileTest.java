package org.distpolicy.gomod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoModFileTest {

    @Test
    void survivesJavaSerializationAsSparkShipsIt() throws Exception {
        GoModFile mod = GoModParser.parse(GoModSamples.kubernetesLike());
        assertEquals(mod, roundTrip(mod));
    }

    @Test
    void listsAreCopiedAndImmutable() {
        List<GoRequire> requires = new ArrayList<>(List.of(new GoRequire("example.com/a", "v1.0.0", false, 3)));
        GoModFile mod = new GoModFile("example.com/m", null, "1.21", null, requires, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        requires.clear();
        assertEquals(1, mod.requires().size());
        assertThrows(UnsupportedOperationException.class, () -> mod.requires().add(null));
    }

    @Test
    void replaceKnowsDirectoryTargets() {
        assertEquals(true, new GoReplace("example.com/a", null, "../a", null, 1).isLocalDirectory());
        assertEquals(true, new GoReplace("example.com/a", null, "D:\\src\\a", null, 1).isLocalDirectory());
        assertEquals(false, new GoReplace("example.com/a", null, "example.com/b", "v1.0.0", 1).isLocalDirectory());
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
