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

    public static String version(String id) {
        int at = id.indexOf('@');
        return id.substring(at + 1, id.indexOf('#', at));
    }
}
