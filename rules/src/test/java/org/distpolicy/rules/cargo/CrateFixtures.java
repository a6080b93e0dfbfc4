package org.distpolicy.rules.cargo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.distpolicy.archive.ArtifactKind;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.cargo.CargoManifest;
import org.distpolicy.cargo.CargoManifestParser;
import org.distpolicy.facts.CrateFacts;
import org.distpolicy.manifest.ManifestException;

/** Crate facts from manifest text, as the scanner would build them. */
final class CrateFixtures {
    private CrateFixtures() {
    }

    static CrateFacts crate(String cargoToml) {
        return crate(cargoToml, null);
    }

    static CrateFacts crate(String cargoToml, String cargoTomlOrig) {
        CargoManifest manifest = parse(cargoToml);
        String name = manifest.pkg().name();
        String version = manifest.pkg().version() == null ? "0.0.0" : manifest.pkg().version();
        ArtifactRef ref = new ArtifactRef("crates/" + name + "-" + version + ".crate", ArtifactKind.CRATE, 1, 1, name, version, List.of());
        return new CrateFacts(ref, name, version, List.of(), manifest, cargoTomlOrig == null ? null : parse(cargoTomlOrig));
    }

    private static CargoManifest parse(String text) {
        try {
            return CargoManifestParser.parse(text.getBytes(StandardCharsets.UTF_8));
        } catch (ManifestException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
