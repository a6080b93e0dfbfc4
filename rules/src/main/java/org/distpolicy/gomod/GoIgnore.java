package org.distpolicy.gomod;

import java.io.Serializable;

/**
 * An ignore directive line: a directory (pattern) the go command skips when matching packages.
 *
 * @param line 1-based line in the go.mod file
 */
public record GoIgnore(String path, int line) implements Serializable {
}
