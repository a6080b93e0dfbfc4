package org.distpolicy.cargo.resolve;

/** Ids of the resolution graph's nodes: one capability of one crate version. */
public final class Nodes {
    private Nodes() {
    }

    public static String id(String crate, String version, String feature) {
        return crate + "@" + version + "#" + (feature == null ? "" : feature);
    }

    /** "uuid 1.10.0" or "uuid 1.10.0 feature serde", for messages. */
    public static String describe(String crate, String version, String feature) {
        return crate + " " + version + (feature == null ? "" : " feature " + feature);
    }

    /** The capability of a node id, e.g. "crate(uuid/serde)". */
    public static String capability(String id) {
        int at = id.indexOf('@');
        int hash = id.lastIndexOf('#');
        String feature = id.substring(hash + 1);
        return Capabilities.of(id.substring(0, at), feature.isEmpty() ? null : feature);
    }

    public static String crate(String id) {
        return id.substring(0, id.indexOf('@'));
    }

    public static String version(String id) {
        return id.substring(id.indexOf('@') + 1, id.lastIndexOf('#'));
    }
}
