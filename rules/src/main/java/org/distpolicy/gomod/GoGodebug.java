package org.distpolicy.gomod;

import java.io.Serializable;

/**
 * A godebug directive line, "key=value": a runtime behaviour setting for the main module's programs.
 *
 * @param line 1-based line in the go.mod file
 */
public record GoGodebug(String key, String value, int line) implements Serializable {
}
