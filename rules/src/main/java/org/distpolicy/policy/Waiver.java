package org.distpolicy.policy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.distpolicy.rules.Finding;

/**
 * A {@code [[waiver]]}: findings of one rule that are accepted for now. A waived finding is still
 * written (with its reason), so the problem stays visible; it just stops counting against the package.
 *
 * @param expires last day the waiver applies; null for a waiver that never expires
 * @param line    where the waiver starts in the policy file, to point at it once it expires
 */
public record Waiver(String rule, Glob packageName, Glob version, Glob subject, String reason, LocalDate expires, int line)
        implements Serializable {

    public Waiver {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean matches(Finding finding) {
        return rule.equals(finding.rule()) && packageName.matches(finding.packageName())
                && version.matches(finding.version()) && subject.matches(finding.subject());
    }

    /** Expired from the day after {@code expires}: "expires = 2027-06-30" still covers that day's run. */
    public boolean isExpiredOn(LocalDate today) {
        return expires != null && today.isAfter(expires);
    }
}
