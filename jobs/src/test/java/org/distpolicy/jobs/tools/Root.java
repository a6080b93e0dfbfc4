package org.distpolicy.jobs.tools;

import java.util.Optional;

/**
 * One thing a user can ask cargo to install: a crate version with no features (the base,
 * {@code crate(name)}), with its default features ({@code crate(name/default)}), or with one
 * feature and no defaults ({@code crate(name/f)}).
 */
record Root(String crate, String version, String capability) implements Comparable<Root> {

    /** The feature the capability names; empty for the base. */
    Optional<String> feature() {
        String inner = capability.substring("crate(".length(), capability.length() - 1);
        int slash = inner.indexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(inner.substring(slash + 1));
    }

    String key() {
        return crate + "\t" + version + "\t" + capability;
    }

    @Override
    public int compareTo(Root other) {
        return key().compareTo(other.key());
    }

    @Override
    public String toString() {
        return crate + " " + version + " " + capability;
    }
}
