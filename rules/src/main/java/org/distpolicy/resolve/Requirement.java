package org.distpolicy.resolve;

import java.io.Serializable;

/**
 * One capability of a package version needs a capability of some package in a version range.
 *
 * @param artifact      where the owning package version was read from
 * @param packageName   the owning crate or Go module
 * @param owner         the owning capability: the crate's base or a feature, the Go module or one of its packages
 * @param dependency    how the manifest names it: a Cargo dependency's alias (the crate's own name for
 *                      edges between its own features), the go.mod requirement covering a Go import
 *                      (null when none does)
 * @param required      what is needed
 * @param versionReq    in the ecosystem's syntax: a cargo requirement ("*" when none is written),
 *                      for Go "*", ">= v1.2.3" (minimal version selection) or "=V" (the package's own tree)
 * @param weak          from Cargo's {@code dep?/feature}: applies only when the dependency is enabled otherwise
 * @param foreignTarget the dependency is only for targets the distro does not build; cargo still resolves it
 * @param origin        where in the package the need is written, e.g. the importing Go file and line; null when no file says
 */
public record Requirement(
        String artifact,
        String packageName,
        String version,
        Capability owner,
        String dependency,
        Capability required,
        String versionReq,
        DependencyKind kind,
        boolean weak,
        boolean foreignTarget,
        String origin) implements Serializable {

    public String capability() {
        return owner.toString();
    }

    public String requiredCapability() {
        return required.toString();
    }

    /** The owning capability as a node of the resolution graph. */
    public String node() {
        return Nodes.id(packageName, version, owner);
    }

    /** The node of one provider that satisfies it. */
    public String satisfierNode(ProvidedVersion provider) {
        return Nodes.id(provider.packageName(), provider.version(), required);
    }

    /** Breaks its owner when unmet: a normal or build requirement, not weak, not for a foreign target. */
    public boolean hard() {
        return !weak && (kind == DependencyKind.NORMAL || kind == DependencyKind.BUILD) && !foreignTarget;
    }

    /** An edge inside one package version: a feature to its crate's own feature or base, a Go package to its module or a sibling package. */
    public boolean internal() {
        return versionReq.equals("=" + version)
                && (required.name().equals(packageName) || required.name().startsWith(packageName + "/"));
    }
}
