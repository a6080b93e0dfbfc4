package org.distpolicy.reports.notify;

import java.util.Objects;

/**
 * A finding as a digest reports it: the run's row, what the dependency graph says caused it, and
 * what to do about it.
 *
 * @param maintainer the findings table's maintainer address; null when no maintainer matches
 * @param firstSeen  the run it first appeared in; null for a fixed finding recalled from the ledger
 * @param message    null for a fixed finding recalled from the ledger
 * @param rootCause  for a broken-transitively finding, the problem it inherits; else null
 * @param advice     what to do; null for a fixed finding
 */
public record RunFinding(
        String fingerprint,
        String rule,
        String severity,
        String packageName,
        String version,
        String subject,
        String message,
        String maintainer,
        boolean waived,
        String firstSeen,
        RootCause rootCause,
        String advice) {
    public RunFinding {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(rule, "rule");
    }

    /** A fixed finding as far as the ledger remembers it. */
    static RunFinding recalled(LedgerEntry entry) {
        return new RunFinding(entry.fingerprint(), entry.rule(), null, entry.packageName(), entry.version(), entry.subject(),
                null, null, false, null, null, null);
    }
}
