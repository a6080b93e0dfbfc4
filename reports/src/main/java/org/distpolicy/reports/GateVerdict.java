package org.distpolicy.reports;

import java.util.List;

/**
 * What a release gate decided, for gate.md.
 *
 * @param whatIf    the toolchain the candidate was judged with ("rustc 1.60.0"), null when unchanged
 * @param changes   the candidate's changes, as blame spells them
 * @param blocking  the first blocking findings, errors first
 * @param fixed     the first fixed findings, credited to what fixed them
 * @param retirable unused-compat-version findings the candidate introduces: old lines it lets go
 */
public record GateVerdict(String gateId, String baseline, String candidate, String whatIf, String blockingSeverity,
                          List<String> changes, long newFindings, long blockingFindings, long fixedFindings, long persistingFindings,
                          List<Line> blocking, List<Line> fixed, List<Line> retirable) {
    /** One finding as the verdict shows it. */
    public record Line(String rule, String severity, String packageName, String version, String blame, String message) {
    }

    public boolean passed() {
        return blockingFindings == 0;
    }
}
