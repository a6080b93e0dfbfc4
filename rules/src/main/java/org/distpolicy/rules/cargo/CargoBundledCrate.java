package org.distpolicy.rules.cargo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.cargo.CargoManifest;
import org.distpolicy.cargo.CargoPackage;
import org.distpolicy.cargo.Publish;
import org.distpolicy.facts.CrateFacts;
import org.distpolicy.facts.NestedManifests;
import org.distpolicy.resolve.DependencyKind;
import org.distpolicy.rules.CrateRule;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.distpolicy.rules.ShortList;

/**
 * {@code cargo/bundled-crate}: the crate carries other crates' sources. A bundled crate is a
 * directory below the root holding {@code .cargo-checksum.json} (what {@code cargo vendor}
 * writes) or a Cargo.toml whose package has another name and could be published on its own.
 * A package that cannot ({@code publish = false}, or a path dependency without a version, which
 * cargo refuses to publish) is the crate's own tooling: its C bindings, its benchmark harness
 * (nanorand-abi, ahash-compare); one with {@code publish = "nested"} is
 * {@code cargo/nested-package}. Fixture directories ({@link FixtureDirectories}) are left out. One finding per bundling location: a {@code vendor/} directory with everything in
 * it, else the outermost bundled crate's directory.
 */
public final class CargoBundledCrate extends CrateRule {
    public static final CargoBundledCrate INSTANCE = new CargoBundledCrate();

    private static final String CHECKSUM = ".cargo-checksum.json";
    private static final String VENDOR = "vendor";

    private CargoBundledCrate() {
        super("cargo/bundled-crate", Severity.ERROR,
                "the crate carries another crate's sources (a vendor/ tree, nested packages of other names)",
                """
                A distro builds each crate once and links every user against it; a crate that carries
                its own copy of another crate builds that copy instead, so a security fix to the
                packaged crate never reaches it, and nobody can tell which copies were patched.
                Example: vendor/libc/ and vendor/cc/, each with .cargo-checksum.json and Cargo.toml,
                inside a crate that depends on libc and cc.""",
                "Remove the bundled copies when packaging and depend on the packaged crates; package what is missing.");
    }

    @Override
    public List<Finding> check(CrateFacts crate) {
        List<Finding> findings = new ArrayList<>();
        locations(bundledCrates(crate)).forEach((location, crates) -> {
            long files = crate.files().stream().map(FileEntry::path).filter(p -> p.startsWith(location)).count();
            String what = crates.size() == 1 ? "the crate " + crates.get(0) : crates.size() + " crates: " + ShortList.of(crates);
            findings.add(finding(crate, location, location + " holds " + what + " (" + files + (files == 1 ? " file)" : " files)"), location));
        });
        return findings;
    }

    /** Directory (with trailing slash) to "name version", for every bundled crate, sorted by directory. */
    private static SortedMap<String, String> bundledCrates(CrateFacts crate) {
        SortedMap<String, CargoManifest> manifests = crate.nested().parsed();
        SortedMap<String, String> bundled = new TreeMap<>();
        manifests.forEach((path, manifest) -> {
            CargoPackage pkg = manifest.pkg();
            if (pkg != null && publishable(manifest) && !sameCrate(pkg.name(), crate.name()) && !FixtureDirectories.contains(path)) {
                bundled.put(NestedManifests.directoryOf(path), label(pkg));
            }
        });
        for (FileEntry file : crate.files()) {
            if (file.path().endsWith("/" + CHECKSUM) && !FixtureDirectories.contains(file.path())) {
                String directory = NestedManifests.directoryOf(file.path());
                CargoManifest manifest = manifests.get(directory + "Cargo.toml");
                bundled.putIfAbsent(directory, manifest != null && manifest.pkg() != null ? label(manifest.pkg()) : lastName(directory));
            }
        }
        return bundled;
    }

    /** Groups bundled crates by location; a crate inside another bundled crate belongs to the outer one. */
    private static Map<String, List<String>> locations(SortedMap<String, String> bundled) {
        Map<String, List<String>> byLocation = new LinkedHashMap<>();
        bundled.forEach((directory, label) -> {
            String location = byLocation.keySet().stream().filter(directory::startsWith).findFirst().orElse(location(directory));
            byLocation.computeIfAbsent(location, l -> new ArrayList<>()).add(label);
        });
        return byLocation;
    }

    /** The outermost vendor/ the directory is in, or else the directory itself. */
    private static String location(String directory) {
        String[] parts = directory.split("/");
        StringBuilder prefix = new StringBuilder();
        for (String part : parts) {
            prefix.append(part).append('/');
            if (part.equals(VENDOR)) {
                return prefix.toString();
            }
        }
        return directory;
    }

    /** Whether cargo would publish the package to a registry as a crate of its own. */
    private static boolean publishable(CargoManifest manifest) {
        Publish publish = manifest.pkg().publish();
        boolean allowed = publish == null || publish.scope() != Publish.Scope.NONE && publish.scope() != Publish.Scope.NESTED;
        // cargo package strips dev-dependencies; any other path dependency needs a version to be published
        return allowed && manifest.dependencies().stream()
                .noneMatch(d -> d.kind() != DependencyKind.DEV && d.path() != null && d.versionReq() == null);
    }

    /** crates.io treats names that differ only in case or in '-' against '_' as one crate (ahash's benchmarks call it aHash). */
    private static boolean sameCrate(String name, String other) {
        return canonical(name).equals(canonical(other));
    }

    private static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String label(CargoPackage pkg) {
        return pkg.version() == null ? pkg.name() : pkg.name() + " " + pkg.version();
    }

    private static String lastName(String directory) {
        String trimmed = directory.substring(0, directory.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
