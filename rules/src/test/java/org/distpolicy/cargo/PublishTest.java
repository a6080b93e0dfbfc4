package org.distpolicy.cargo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.distpolicy.manifest.ManifestException;
import org.junit.jupiter.api.Test;

class PublishTest {

    private static Publish publishOf(String publishLine) throws ManifestException {
        String toml = "[package]\nname = \"p\"\n" + publishLine + "\n";
        return CargoManifestParser.parse(toml.getBytes(UTF_8)).pkg().publish();
    }

    @Test
    void absentMeansAnyRegistry() throws ManifestException {
        assertEquals(Publish.ANY_REGISTRY, publishOf(""));
    }

    @Test
    void trueMeansAnyRegistry() throws ManifestException {
        assertEquals(Publish.ANY_REGISTRY, publishOf("publish = true"));
    }

    @Test
    void falseMeansNone() throws ManifestException {
        assertEquals(Publish.NONE, publishOf("publish = false"));
    }

    @Test
    void anEmptyListMeansNoneAsInCargo() throws ManifestException {
        assertEquals(Publish.NONE, publishOf("publish = []"));
    }

    @Test
    void aListNamesTheRegistries() throws ManifestException {
        Publish publish = publishOf("publish = [\"reg\", \"other-reg\"]");

        assertEquals(Publish.Scope.LISTED_REGISTRIES, publish.scope());
        assertEquals(List.of("reg", "other-reg"), publish.registries());
    }

    @Test
    void nestedIsTheNestedPackagesScope() throws ManifestException {
        assertEquals(Publish.NESTED, publishOf("publish = \"nested\""));
    }

    @Test
    void inheritedIsNull() throws ManifestException {
        assertNull(publishOf("publish.workspace = true"));
    }

    @Test
    void registriesGoWithTheListedScopeOnly() {
        assertThrows(IllegalArgumentException.class, () -> new Publish(Publish.Scope.NONE, List.of("reg")));
        assertThrows(IllegalArgumentException.class, () -> new Publish(Publish.Scope.LISTED_REGISTRIES, List.of()));
    }
}
