package org.distpolicy.cargo.resolve;

/** The capability names distro tooling uses for crates, as Fedora's rust2rpm writes them. */
public final class Capabilities {
    private Capabilities() {
    }

    /** {@code crate(name)}: the crate's base, its non-optional dependencies. */
    public static String of(String crate) {
        return "crate(" + crate + ")";
    }

    /** {@code crate(name/feature)}, or the base when {@code feature} is null. */
    public static String of(String crate, String feature) {
        return feature == null ? of(crate) : "crate(" + crate + "/" + feature + ")";
    }
}
