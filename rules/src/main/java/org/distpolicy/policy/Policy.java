package org.distpolicy.policy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.distpolicy.archive.ReadLimits;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.distpolicy.rules.policy.PolicyExpiredWaiver;

/**
 * A parsed policy file (see the README's "Policy file"). Immutable and serializable: Spark ships it
 * to the executors that map findings through {@link #apply}.
 *
 * @param digest          hex sha256 of the policy file, or "default" without one: run.json records it
 * @param severities      per rule id, the severity that replaces the rule's default
 * @param disabledRules   rule ids set to "off": their findings are dropped
 * @param keepRuns        how many complete runs the reports directory keeps ([history])
 * @param gateBlockOn     the severity from which a release gate's new findings block ([gate] block-on)
 */
public record Policy(
        String digest,
        DistroSettings distro,
        ReadLimits limits,
        Map<String, Severity> severities,
        Set<String> disabledRules,
        List<Waiver> waivers,
        List<Maintainer> maintainers,
        NotifySettings notifications,
        int keepRuns,
        Severity gateBlockOn) implements Serializable {

    public static final int DEFAULT_KEEP_RUNS = 30;

    public Policy {
        severities = Map.copyOf(severities);
        disabledRules = Set.copyOf(disabledRules);
        waivers = List.copyOf(waivers);
        maintainers = List.copyOf(maintainers);
    }

    /** The policy of a run without {@code --policy}: every default, nothing waived. */
    public static Policy defaults() {
        return new Policy("default", DistroSettings.DEFAULTS, ReadLimits.defaults(), Map.of(), Set.of(), List.of(),
                List.of(), NotifySettings.DEFAULTS, DEFAULT_KEEP_RUNS, Severity.ERROR);
    }

    /**
     * The finding as this policy reports it on {@code today}: empty when its rule is off; else with
     * the overridden severity, waived by the first matching waiver that has not expired, and with
     * the first matching maintainer.
     */
    public Optional<Finding> apply(Finding finding, LocalDate today) {
        if (disabledRules.contains(finding.rule())) {
            return Optional.empty();
        }
        Finding result = finding.withSeverity(severities.getOrDefault(finding.rule(), finding.severity()));
        for (Waiver waiver : waivers) {
            if (!waiver.isExpiredOn(today) && waiver.matches(result)) {
                result = result.waivedBecause(waiver.reason());
                break;
            }
        }
        for (Maintainer maintainer : maintainers) {
            if (maintainer.packageName().matches(result.packageName())) {
                return Optional.of(result.withMaintainer(maintainer.address()));
            }
        }
        return Optional.of(result);
    }

    /**
     * One {@code policy/expired-waiver} finding per waiver expired on {@code today}, whether it
     * still matches anything or not: a stale waiver is worth cleaning up either way, and this keeps
     * the check a per-run constant instead of an aggregation over all findings. The finding is on
     * the waiver's package glob, so a {@code [[maintainer]]} for those packages gets it; map it
     * through {@link #apply} like any other.
     */
    public List<Finding> expiredWaiverFindings(LocalDate today) {
        return waivers.stream().filter(w -> w.isExpiredOn(today)).map(Policy::expiredWaiverFinding).toList();
    }

    private static Finding expiredWaiverFinding(Waiver waiver) {
        String message = "the waiver of " + waiver.rule() + " for " + waiver.packageName()
                + " (policy file line " + waiver.line() + ") expired on " + waiver.expires()
                + "; its findings count again. It said: " + waiver.reason();
        return Finding.of(PolicyExpiredWaiver.INSTANCE, null, waiver.packageName().pattern(), null, waiver.rule(),
                message, "policy file, line " + waiver.line(),
                waiver.version() + "\u0000" + waiver.subject());
    }
}
