package org.distpolicy.jobs.tools;

/** One root as both sides see it; {@code disagreement} is null when they agree. */
record Comparison(Root root, DistpolicyRun.Broken distpolicyBroken, CargoVerdict cargo,
                  DisagreementClassifier.Disagreement disagreement) {

    boolean distpolicyInstallable() {
        return distpolicyBroken == null;
    }

    boolean agree() {
        return disagreement == null;
    }
}
