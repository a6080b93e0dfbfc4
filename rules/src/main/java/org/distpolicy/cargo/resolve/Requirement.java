package org.distpolicy.cargo.resolve;

import java.io.Serializable;
import org.distpolicy.cargo.DependencyKind;

/**
 * One capability of a crate version needs a capability of some crate in a version range.
 *
 * @param artifact        where the owning crate version was read from
 * @param feature         the owning feature, null for the crate's base
 * @param dependency      the dependency as the manifest names it (the alias features refer to);
 *                        the crate's own name for edges between its own features
 * @param requiredCrate   the crate on the registry (the real name of a renamed dependency)
 * @param requiredFeature the feature needed, null for the base
 * @param versionReq      cargo version requirement as written ("*" when none is written)
 * @param weak            from {@code dep?/feature}: applies only when the dependency is enabled otherwise
 * @param foreignTarget   the dependency is only for targets the distro does not build; cargo
 *                        still resolves it
 */
public record Requirement(
        String artifact,
        String crate,
        String version,
        String feature,
        String dependency,
        String requiredCrate,
        String requiredFeature,
        String versionReq,
        DependencyKind kind,
        boolean weak,
        boolean foreignTarget) implements Serializable {

    public String capability() {
        return Capabilities.of(crate, feature);
    }

    public String requiredCapability() {
        return Capabilities.of(requiredCrate, requiredFeature);
    }

    /** The owning capability as a node of the resolution graph. */
    public String node() {
        return Nodes.id(crate, version, feature);
    }

    /** Breaks its owner when unmet: not weak, not test-only, not for a foreign target. */
    public boolean hard() {
        return !weak && kind != DependencyKind.DEV && !foreignTarget;
    }

    /** An edge between two capabilities of the same crate version (feature → own feature or base). */
    public boolean internal() {
        return requiredCrate.equals(crate) && versionReq.equals("=" + version);
    }
}
