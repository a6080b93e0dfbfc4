package org.distpolicy.jobs;

import org.distpolicy.archive.ReadLimits;
import org.distpolicy.policy.Policy;
import org.distpolicy.rules.DistroProfile;

/**
 * What one run checks and where it writes.
 *
 * @param profile      the distro's rustc and targets
 * @param packageRules false for a bare scan: inventory and artifact/* findings only
 * @param keepRuns     how many complete runs to keep; older ones are deleted after this one commits
 * @param policy       severities, waivers and maintainers every finding is mapped through
 * @param cache        whether and how unchanged artifacts are told by the facts cache
 */
record RunOptions(String archive, String reports, String master, ReadLimits limits, DistroProfile profile, boolean packageRules,
                  int keepRuns, Policy policy, CacheMode cache) {
}
