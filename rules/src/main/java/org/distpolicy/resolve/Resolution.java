package org.distpolicy.resolve;

import java.io.Serializable;
import java.util.List;
import org.distpolicy.rules.Finding;

/**
 * What the generic engine asks of an ecosystem: its version matching, and the findings and
 * root causes its unmet requirements become.
 */
public interface Resolution extends Serializable {
    /** Judges a requirement against every archived provider of its capability key. */
    Verdict judge(Requirement requirement, List<ProvidedVersion> archived);

    /** Unmet requirements with equal keys are one problem, reported once. */
    String sameProblem(Requirement requirement, Verdict verdict);

    /** Of two requirements that are one problem, the one to report. */
    Requirement representative(Requirement a, Requirement b);

    /** The finding for an unmet requirement of any kind. */
    Finding unmet(Requirement requirement, Verdict verdict);

    /** The root cause an unmet hard requirement gives its owner. */
    BrokenCause cause(Requirement requirement, Verdict verdict);

    /** What packaging would fix an unmet requirement: "package versionRequirement"; null when no package would. */
    String wantedKey(Requirement requirement, Verdict verdict);

    /** A capability broken because every provider that could satisfy {@code via} is broken. */
    Finding brokenTransitively(Requirement via, BrokenCause cause);
}
