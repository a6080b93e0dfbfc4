package org.distpolicy.cargo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.manifest.StrictUtf8;

/**
 * Parses a Cargo.toml into a {@link CargoManifest}. Keys cargo does not know are ignored, as cargo only
 * warns about them; malformed input of any kind is reported as a ManifestException and nothing else, so
 * one broken crate cannot stop a batch over a whole archive.
 */
public final class CargoManifestParser {
    private CargoManifestParser() {}

    public static CargoManifest parse(byte[] content) throws ManifestException {
        Objects.requireNonNull(content, "content");
        String text = StrictUtf8.decode(content);
        ObjectNode root = TomlDocumentReader.read(text);
        TomlValueReader values = new TomlValueReader(text);
        DependencyReader dependencyReader = new DependencyReader(values);
        PatchReader patchReader = new PatchReader(values, dependencyReader);

        List<String> inheritedKeys = new ArrayList<>();
        CargoPackage pkg = new PackageReader(values).read(root, inheritedKeys);
        List<CargoDependency> dependencies = dependencyReader.readAll(root, inheritedKeys);
        ObjectNode lints = values.optionalTable(root, "lints", KeyPath.root());
        if (lints != null && values.isWorkspaceInherited(lints, KeyPath.root().key("lints"))) {
            inheritedKeys.add("lints");
        }
        return new CargoManifest(
                pkg,
                dependencies,
                new FeatureReader(values).read(root),
                patchReader.patches(root),
                patchReader.replaces(root),
                inheritedKeys,
                values.optionalTable(root, "workspace", KeyPath.root()) != null,
                new TargetReader(values).read(root));
    }
}
