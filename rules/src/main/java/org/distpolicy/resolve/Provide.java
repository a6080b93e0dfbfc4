package org.distpolicy.resolve;

import java.io.Serializable;

/** A package version (a crate version, a Go module version) provides a capability. */
public record Provide(String packageName, String version, Capability capability) implements Serializable {
}
