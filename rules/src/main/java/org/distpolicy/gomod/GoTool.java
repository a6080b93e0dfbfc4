package org.distpolicy.gomod;

import java.io.Serializable;

/**
 * A tool directive line: a package path that "go tool" can run.
 *
 * @param line 1-based line in the go.mod file
 */
public record GoTool(String path, int line) implements Serializable {
}
