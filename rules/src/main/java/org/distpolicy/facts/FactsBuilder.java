package org.distpolicy.facts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.PackageContent;
import org.distpolicy.cargo.CargoManifest;
import org.distpolicy.cargo.CargoManifestParser;
import org.distpolicy.gomod.GoModFile;
import org.distpolicy.gomod.GoModParser;
import org.distpolicy.gosrc.GoFileHeader;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.manifest.StrictUtf8;
import org.distpolicy.rules.Ecosystem;

/** Parses the manifests a package reader captured into the package's facts. */
final class FactsBuilder {

    PackageFacts build(ArtifactRef ref, PackageContent content, PackageContent modCompanion, Map<String, GoFileHeader> goHeaders)
            throws ManifestException {
        return ref.kind().ecosystem() == Ecosystem.CARGO
                ? crate(ref, content)
                : goModule(ref, content, modCompanion, goHeaders);
    }

    private static CrateFacts crate(ArtifactRef ref, PackageContent content) throws ManifestException {
        byte[] shipped = content.captured().get("Cargo.toml");
        if (shipped == null) {
            throw new ManifestException("no Cargo.toml at the crate root");
        }
        CargoManifest manifest = parseCargo("Cargo.toml", shipped);
        if (manifest.pkg() == null) {
            throw new ManifestException("Cargo.toml: a virtual manifest ([workspace] without [package]) is no crate");
        }
        byte[] orig = content.captured().get("Cargo.toml.orig");
        CargoManifest original = orig == null ? null : parseCargo("Cargo.toml.orig", orig);
        String version = manifest.pkg().version() != null ? manifest.pkg().version() : ref.versionHint();
        String name = manifest.pkg().name() != null ? manifest.pkg().name() : ref.packageHint();
        return new CrateFacts(ref, name, version, content.files(), manifest, original, nested(content));
    }

    /** Every Cargo.toml below the root; a broken one is remembered, never a reason to fail the crate. */
    private static NestedManifests nested(PackageContent content) {
        SortedMap<String, CargoManifest> parsed = new TreeMap<>();
        List<String> unparseable = new ArrayList<>(content.uncaptured());
        content.captured().forEach((path, bytes) -> {
            if (path.endsWith("/Cargo.toml")) {
                try {
                    parsed.put(path, CargoManifestParser.parse(bytes));
                } catch (ManifestException | RuntimeException e) {
                    // A RuntimeException from hostile input too: the crate must still be checked.
                    unparseable.add(path);
                }
            }
        });
        return new NestedManifests(parsed, unparseable);
    }

    private static CargoManifest parseCargo(String file, byte[] bytes) throws ManifestException {
        try {
            return CargoManifestParser.parse(bytes);
        } catch (ManifestException e) {
            throw new ManifestException(e.describe(file), e.line(), e.column());
        }
    }

    private static GoModuleFacts goModule(ArtifactRef ref, PackageContent content, PackageContent modCompanion,
                                          Map<String, GoFileHeader> goHeaders) throws ManifestException {
        // The proxy's .mod is what cmd/go uses for the module graph. Without any go.mod (code from
        // before modules) cmd/go synthesizes "module <path>": goMod stays null and the path is the layout's.
        byte[] goModBytes = modCompanion != null ? modCompanion.captured().get("go.mod") : content.captured().get("go.mod");
        GoModFile goMod = null;
        if (goModBytes != null) {
            try {
                goMod = GoModParser.parse(StrictUtf8.decode(goModBytes));
            } catch (ManifestException e) {
                throw new ManifestException(e.describe("go.mod"), e.line(), e.column());
            }
            if (goMod.module() == null) {
                throw new ManifestException("go.mod: no module directive");
            }
        }
        byte[] modulesTxt = content.captured().get("vendor/modules.txt");
        String name = goMod != null ? goMod.module() : ref.packageHint();
        return new GoModuleFacts(ref, name, ref.versionHint(), content.files(), goMod,
                modulesTxt == null ? null : new String(modulesTxt, StandardCharsets.UTF_8), goHeaders);
    }
}
