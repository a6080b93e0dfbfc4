package org.distpolicy.gomod.vendor;

import java.io.Serializable;

/**
 * A non-blank line of vendor/modules.txt that cmd/go skips without a word. It does not make the
 * vendor tree inconsistent by itself, but it is how a hand-edited file loses information.
 *
 * @param line 1-based
 */
public record IgnoredLine(int line, String text, String why) implements Serializable {
}
