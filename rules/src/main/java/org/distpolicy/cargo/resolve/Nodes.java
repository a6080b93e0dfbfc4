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
}
