package org.distpolicy.cargo;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The {@code [package]} table. A field written as {@code { workspace = true }} is null here and its key
 * (e.g. {@code package.version}) is listed in {@link CargoManifest#inheritedKeys()} instead; a field
 * that is simply absent is null too, except {@code publish} and {@code authors}, which get cargo's
 * defaults.
 *
 * @param build the build script path; {@link #BUILD_DISABLED} for {@code build = false}, {@code build.rs}
 *     for {@code build = true}, null when absent (cargo then uses {@code build.rs} if the file exists)
 * @param publish {@link Publish#ANY_REGISTRY} when absent, null when inherited
 * @param authors empty when absent, null when inherited
 */
public record CargoPackage(
        String name,
        String version,
        String edition,
        String rustVersion,
        String links,
        String build,
        Publish publish,
        List<String> authors,
        String license,
        String repository)
        implements Serializable {

    /** What {@link #build()} holds for {@code build = false}: the manifest opts out of a build script. */
    public static final String BUILD_DISABLED = "false";

    public CargoPackage {
        Objects.requireNonNull(name, "name");
        authors = authors == null ? null : List.copyOf(authors);
    }

    public boolean buildScriptDisabled() {
        return BUILD_DISABLED.equals(build);
    }
}
