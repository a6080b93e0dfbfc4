package org.distpolicy.gomod;

import java.io.Serializable;

/**
 * An exclude directive line: a module version the build must never select.
 *
 * @param line 1-based line in the go.mod file
 */
public record GoExclude(String path, String version, int line) implements Serializable {
}
