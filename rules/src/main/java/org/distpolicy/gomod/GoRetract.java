package org.distpolicy.gomod;

import java.io.Serializable;

/**
 * A retract directive line: versions of this module its authors withdrew. A single version is
 * the closed interval [low, low].
 *
 * @param rationale the comment text explaining the retraction (lines joined with "\n"), or null
 *                  if there is none
 * @param line      1-based line in the go.mod file
 */
public record GoRetract(String low, String high, String rationale, int line) implements Serializable {
}
