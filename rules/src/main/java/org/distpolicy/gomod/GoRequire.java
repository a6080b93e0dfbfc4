package org.distpolicy.gomod;

import java.io.Serializable;

/**
 * A require directive line.
 *
 * @param indirect whether the line carries the "// indirect" comment go mod tidy writes for
 *                 modules the main module does not import itself
 * @param line     1-based line in the go.mod file
 */
public record GoRequire(String path, String version, boolean indirect, int line) implements Serializable {
}
