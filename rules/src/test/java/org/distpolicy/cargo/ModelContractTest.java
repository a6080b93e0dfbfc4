package org.distpolicy.cargo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What Spark relies on when the model travels between executors: it serializes and cannot change. */
class ModelContractTest {

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    @Test
    void parsedManifestsSurviveJavaSerialization() throws Exception {
        for (String toml : List.of(PublishedManifestTest.NORMALIZED, WorkspaceMemberManifestTest.MEMBER,
                VirtualManifestTest.WORKSPACE_ROOT, "[package]\nname = \"p\"\npublish = [\"reg\"]\n")) {
            CargoManifest manifest = CargoManifestParser.parse(toml.getBytes(UTF_8));

            CargoManifest copy = (CargoManifest) roundTrip(manifest);

            assertEquals(manifest, copy);
            assertEquals(List.copyOf(manifest.features().keySet()), List.copyOf(copy.features().keySet()));
        }
    }

    @Test
    void collectionsAreCopiedAndUnmodifiable() throws Exception {
        List<String> enables = new ArrayList<>(List.of("dep:b"));
        Map<String, List<String>> features = new LinkedHashMap<>();
        features.put("z", enables);
        features.put("a", List.of());
        List<String> inherited = new ArrayList<>(List.of("package.version"));

        CargoManifest manifest = new CargoManifest(null, List.of(), features, List.of(), List.of(), inherited, false, List.of());
        enables.add("later");
        features.put("later", List.of());
        inherited.add("later");

        assertEquals(List.of("z", "a"), List.copyOf(manifest.features().keySet()));
        assertEquals(List.of("dep:b"), manifest.features().get("z"));
        assertEquals(List.of("package.version"), manifest.inheritedKeys());
        assertThrows(UnsupportedOperationException.class, () -> manifest.features().put("x", List.of()));
        assertThrows(UnsupportedOperationException.class, () -> manifest.features().get("z").add("x"));
        assertThrows(UnsupportedOperationException.class, () -> manifest.dependencies().add(null));
    }
}
