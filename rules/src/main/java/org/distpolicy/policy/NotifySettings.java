package org.distpolicy.policy;

import java.io.Serializable;
import java.util.List;

/**
 * The policy file's {@code [notify]}: how {@code distpolicy notify} mails maintainers. Validated
 * with the rest of the policy, so a typo fails the nightly run rather than the next mailing.
 *
 * @param from             sender address; null when unset (mailing then has no sender to use)
 * @param remindAfterDays  days after a finding first appeared to remind its maintainer again, ascending
 * @param optOut           addresses that never get mail
 * @param maxMailsPerRun   a cap, so a broken run cannot flood every maintainer
 */
public record NotifySettings(String from, List<Long> remindAfterDays, List<String> optOut, long maxMailsPerRun)
        implements Serializable {
    public static final NotifySettings DEFAULTS = new NotifySettings(null, List.of(7L, 28L), List.of(), 500);

    public NotifySettings {
        remindAfterDays = List.copyOf(remindAfterDays);
        optOut = List.copyOf(optOut);
    }
}
