package org.distpolicy.resolve;

/**
 * Ids of the resolution graph's nodes: one capability of one package version, e.g.
 * "uuid@1.10.0#crate(uuid/serde)" or "golang.org/x/net@v0.1.0#golang(golang.org/x/net/http2)".
 * The version is empty for a Go source tree that carries none.
 */
public final class Nodes {
    private Nodes() {
    }

    public static String id(String packageName, String version, Capability capability) {
        return packageName + "@" + version + "#" + capability;
    }

    /** The capability of a node id, e.g. "crate(uuid/serde)". */
    public static String capability(String id) {
        return id.substring(id.indexOf('#', id.indexOf('@')) + 1);
    }

    public static String packageName(String id) {
        return id.substring(0, id.indexOf('@'));
    }

    /** The version as reports carry it: null for a tree without one (the empty version inside the engine). */
    public static String reportedVersion(String version) {
        return version.isEmpty() ? null : version;
    }

    /** "example.com/a v1.2.0", or just the package for a tree without a version, for messages. */
    public static String describe(String packageName, String version) {
        return version.isEmpty() ? packageName : packageName + " " + version;
    }

    public static String version(String id) {
        int at = id.indexOf('@');
        return id.substring(at + 1, id.indexOf('#', at));
    }
}
