package org.distpolicy.facts;

import java.util.List;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.cargo.CargoManifest;
import org.distpolicy.rules.Ecosystem;

/**
 * A crate: its shipped Cargo.toml ({@code manifest}, normalized by cargo package), where
 * the crate carries it, the author's original {@code Cargo.toml.orig} (null otherwise), and the
 * Cargo.toml files below its root ({@code nested}).
 */
public record CrateFacts(
        ArtifactRef artifact,
        String name,
        String version,
        List<FileEntry> files,
        CargoManifest manifest,
        CargoManifest original,
        NestedManifests nested) implements PackageFacts {

    @Override
    public Ecosystem ecosystem() {
        return Ecosystem.CARGO;
    }
}
