package org.distpolicy.reports.notify;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.distpolicy.policy.NotifySettings;

/**
 * Decides what each maintainer is told, from the latest run's findings, the ledger of what was
 * already sent, the policy's {@code [notify]} and the time. Per maintainer and fingerprint, the
 * ledger's entries since the last {@code fixed} one are the current episode: an open finding with
 * none is new; one with some gets the next {@code remind-after-days} reminder once that many days
 * have passed since its first mail; a finding gone from the run whose episode is still open is
 * fixed. Waived findings, opted-out addresses and findings without a maintainer get nothing.
 * Planning twice with the same inputs plus the ledger entries of the first plan yields nothing.
 */
public final class DigestPlanner {
    private final NotifySettings settings;

    public DigestPlanner(NotifySettings settings) {
        this.settings = settings;
    }

    /** One digest per maintainer with something to say, ordered by address; items ordered by package. */
    public List<Digest> plan(List<RunFinding> findings, List<LedgerEntry> ledger, Instant now) {
        Set<String> optOut = new HashSet<>(settings.optOut().stream().map(a -> a.toLowerCase(Locale.ROOT)).toList());
        Map<String, List<LedgerEntry>> history = new LinkedHashMap<>();
        ledger.stream().sorted(Comparator.comparing(LedgerEntry::sentAt))
                .forEach(e -> history.computeIfAbsent(e.recipient() + "\u0000" + e.fingerprint(), k -> new ArrayList<>()).add(e));
        Set<String> present = new HashSet<>();
        Map<String, String> displayNames = new LinkedHashMap<>();
        Map<String, List<Digest.Item>> items = new TreeMap<>();
        for (RunFinding finding : findings) {
            present.add(finding.fingerprint());
            String email = email(finding.maintainer());
            if (email == null || finding.waived() || optOut.contains(email)) {
                continue;
            }
            displayNames.putIfAbsent(email, finding.maintainer());
            Notice notice = noticeFor(history.getOrDefault(email + "\u0000" + finding.fingerprint(), List.of()), now);
            if (notice != null) {
                items.computeIfAbsent(email, k -> new ArrayList<>()).add(new Digest.Item(notice, finding));
            }
        }
        for (List<LedgerEntry> entries : history.values()) {
            List<LedgerEntry> episode = episode(entries);
            LedgerEntry last = entries.get(entries.size() - 1);
            if (!episode.isEmpty() && !present.contains(last.fingerprint()) && !optOut.contains(last.recipient())) {
                displayNames.putIfAbsent(last.recipient(), last.recipient());
                items.computeIfAbsent(last.recipient(), k -> new ArrayList<>()).add(new Digest.Item(Notice.FIXED, RunFinding.recalled(last)));
            }
        }
        List<Digest> digests = new ArrayList<>();
        items.forEach((email, list) -> digests.add(new Digest(displayNames.get(email), email,
                list.stream().sorted(Comparator.comparing((Digest.Item i) -> String.valueOf(i.finding().packageName()))
                        .thenComparing(i -> String.valueOf(i.finding().version()))
                        .thenComparing(Digest.Item::notice)
                        .thenComparing(i -> i.finding().rule())
                        .thenComparing(i -> String.valueOf(i.finding().subject()))).toList())));
        return digests;
    }

    private Notice noticeFor(List<LedgerEntry> entries, Instant now) {
        List<LedgerEntry> episode = episode(entries);
        if (episode.isEmpty()) {
            return Notice.NEW;
        }
        long reminders = episode.stream().filter(e -> e.notice() == Notice.REMINDER).count();
        if (reminders >= settings.remindAfterDays().size()) {
            return null;
        }
        Instant due = episode.get(0).sentAt().plus(Duration.ofDays(settings.remindAfterDays().get((int) reminders)));
        return now.isBefore(due) ? null : Notice.REMINDER;
    }

    /** The entries since the last {@code fixed} one: what the maintainer was told about the problem as it stands. */
    private static List<LedgerEntry> episode(List<LedgerEntry> entries) {
        int start = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).notice() == Notice.FIXED) {
                start = i + 1;
            }
        }
        return entries.subList(start, entries.size());
    }

    /** The lower-case email of a maintainer address, or null when there is none or it does not parse. */
    static String email(String address) {
        if (address == null) {
            return null;
        }
        try {
            return new InternetAddress(address, true).getAddress().toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            return null;
        }
    }
}
