package org.distpolicy.jobs;

import org.distpolicy.archive.ReadLimits;

/**
 * What one run checks and where it writes.
 *
 * @param packageRules false for a bare scan: inventory and artifact/* findings only
 */
record RunOptions(String archive, String reports, String master, ReadLimits limits, boolean packageRules) {
}
