package org.distpolicy.rules.policy;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code policy/expired-waiver}: a {@code [[waiver]]} of the policy file is past its {@code expires} date. */
public final class PolicyExpiredWaiver extends Rule {
    public static final PolicyExpiredWaiver INSTANCE = new PolicyExpiredWaiver();

    private PolicyExpiredWaiver() {
        super("policy/expired-waiver", Severity.WARNING,
                "a waiver in the policy file is past its expiry date and no longer applies",
                """
                A waiver is a promise that a problem is temporary; once it expires, the findings it
                covered count again, and QA should know why they came back. Example: a waiver for
                go/vendored-dependencies on github.com/openshift/* that expired 2027-06-30 while the
                openshift stack is still vendored.""",
                "Fix the waived problem and delete the waiver, or renew it with a new expires date and an updated reason.");
    }
}
