package org.distpolicy.rules.cargo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.distpolicy.archive.ArchiveLayout;
import org.distpolicy.archive.ArtifactKind;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.LocalArchiveAccess;
import org.distpolicy.archive.ReadLimits;
import org.distpolicy.cargo.CargoManifest;
import org.distpolicy.cargo.CargoManifestParser;
import org.distpolicy.datasets.Entry;
import org.distpolicy.datasets.PackageWriter;
import org.distpolicy.facts.ArtifactScanner;
import org.distpolicy.facts.CrateFacts;
import org.distpolicy.facts.NestedManifests;
import org.distpolicy.facts.ScannedArtifact;
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
        return new CrateFacts(ref, name, version, List.of(), manifest, cargoTomlOrig == null ? null : parse(cargoTomlOrig), NestedManifests.NONE);
    }

    /** A .crate written with the entries below {@code directory} and read by the scanner, nested manifests and all. */
    static CrateFacts scanned(Path directory, String name, String version, List<Entry> entries) {
        try {
            PackageWriter.crate(directory, name, version, entries);
            LocalArchiveAccess access = new LocalArchiveAccess(directory);
            List<ArtifactRef> refs = ArchiveLayout.classify(access.listFiles(""));
            ScannedArtifact scanned = new ArtifactScanner(access, ReadLimits.defaults()).scan(refs.get(0));
            if (!(scanned.facts() instanceof CrateFacts facts)) {
                throw new AssertionError("not read as a crate: " + scanned.findings());
            }
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CargoManifest parse(String text) {
        try {
            return CargoManifestParser.parse(text.getBytes(StandardCharsets.UTF_8));
        } catch (ManifestException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
