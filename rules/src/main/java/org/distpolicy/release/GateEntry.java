package org.distpolicy.release;

import java.io.Serializable;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;

/**
 * One finding of a gate: in the candidate only (new), in both (persisting) or in the baseline
 * only (fixed), matched by fingerprint. Only a new finding at or above the blocking severity,
 * not waived, blocks.
 *
 * @param finding the candidate's finding, the baseline's for a fixed one
 * @param blame   for a new or fixed finding, the change that caused it ({@link ChangeSet#blame}) or fixed it ({@link ChangeSet#credit}); null when none explains it
 */
public record GateEntry(Finding finding, String status, boolean blocking, String blame) implements Serializable {
    public static final String NEW = "new";
    public static final String FIXED = "fixed";
    public static final String PERSISTING = "persisting";

    /** @param baseline null when the candidate's finding is new; @param candidate null when the baseline's is fixed */
    public static GateEntry of(Finding baseline, Finding candidate, ChangeSet changes, ChangeSet.WhatIf whatIf, Severity blockingSeverity) {
        if (candidate == null) {
            return new GateEntry(baseline, FIXED, false, changes.credit(baseline, whatIf).orElse(null));
        }
        if (baseline != null) {
            return new GateEntry(candidate, PERSISTING, false, null);
        }
        boolean blocks = !candidate.waived() && candidate.severity().compareTo(blockingSeverity) <= 0;
        return new GateEntry(candidate, NEW, blocks, changes.blame(candidate, whatIf).orElse(null));
    }
}
