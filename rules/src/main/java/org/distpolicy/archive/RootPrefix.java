package org.distpolicy.archive;

/**
 * The leading directory that every entry of a container carries and that is not part of the
 * package's own paths: "serde-1.0.0/" in a .crate, "github.com/!burnt!sushi/toml@v1.3.2/" in a
 * Go module zip. Told from the first entry, since a zip's escaped module path is only known there.
 */
@FunctionalInterface
public interface RootPrefix {
    String of(String firstEntryName);

    static RootPrefix none() {
        return first -> "";
    }

    static RootPrefix fixed(String prefix) {
        return first -> prefix;
    }

    /** Everything up to and including {@code marker} in the first entry (none when absent). */
    static RootPrefix upTo(String marker) {
        return first -> {
            int at = first.indexOf(marker);
            return at < 0 ? "" : first.substring(0, at + marker.length());
        };
    }
}
