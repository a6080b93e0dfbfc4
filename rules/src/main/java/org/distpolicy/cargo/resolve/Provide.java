package org.distpolicy.cargo.resolve;

import java.io.Serializable;

/** A crate version provides a capability: its base ({@code feature} null) or one feature. */
public record Provide(String crate, String version, String feature) implements Serializable {
    public String capability() {
        return Capabilities.of(crate, feature);
    }
}
