package org.distpolicy.resolve;

import java.io.Serializable;

/** A node broken by a problem of its own package (an undefined feature, a too new toolchain requirement). */
public record Seed(String node, BrokenCause cause) implements Serializable {
}
