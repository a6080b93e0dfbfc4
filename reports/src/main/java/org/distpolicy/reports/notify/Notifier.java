package org.distpolicy.reports.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.distpolicy.policy.NotifySettings;

/**
 * The notify job: plans the digests of the latest run against the ledger, renders and delivers
 * them one by one (at most {@code max-mails-per-run}), and records each in the ledger right after
 * the server accepted it. A mail that fails is not recorded, so the next run plans it again.
 */
public final class Notifier {
    private final String reportsDir;
    private final Configuration conf;
    private final NotifySettings settings;
    private final Clock clock;
    private final DigestLayout.Limits limits;

    /** What a notify run did. */
    public record Result(String runId, String runPath, int planned, int delivered, int deferred, List<String> failures) {
    }

    public Notifier(String reportsDir, Configuration conf, NotifySettings settings, Clock clock, DigestLayout.Limits limits) {
        if (settings.from() == null) {
            throw new IllegalArgumentException("the policy's [notify] has no from address to send digests from");
        }
        this.reportsDir = reportsDir;
        this.conf = conf;
        this.settings = settings;
        this.clock = clock;
        this.limits = limits;
    }

    public Result run(Delivery delivery) throws IOException, MessagingException {
        LatestRun run = LatestRun.read(reportsDir, conf);
        NotificationLedger ledger = new NotificationLedger(reportsDir, conf);
        List<Digest> digests = new DigestPlanner(settings).plan(run.findings(), ledger.read(), clock.instant());
        DigestMail mails = new DigestMail(delivery.session(), settings.from());
        int delivered = 0;
        List<String> failures = new ArrayList<>();
        for (Digest digest : digests.subList(0, (int) Math.min(digests.size(), settings.maxMailsPerRun()))) {
            DigestLayout layout = DigestLayout.of(digest, limits);
            String body = DigestText.render(layout, run.runId(), run.runPath(), settings);
            MimeMessage message = mails.message(layout, body, run.runId(), clock.instant());
            try {
                delivery.deliver(message);
            } catch (MessagingException | IOException e) {
                failures.add(digest.email() + ": " + e.getMessage());
                continue;
            }
            delivered++;
            if (delivery.sends()) {
                ledger.append(entries(layout, run.runId(), clock.instant(), message.getMessageID()));
            }
        }
        return new Result(run.runId(), run.runPath(), digests.size(), delivered,
                (int) Math.max(0, digests.size() - settings.maxMailsPerRun()), failures);
    }

    private static List<LedgerEntry> entries(DigestLayout layout, String runId, Instant sentAt, String messageId) {
        String email = layout.digest().email();
        return layout.shownItems().stream().map(item -> {
            RunFinding f = item.finding();
            return new LedgerEntry(runId, sentAt, email, f.fingerprint(), item.notice(), f.rule(), f.packageName(), f.version(),
                    f.subject(), messageId);
        }).toList();
    }
}
