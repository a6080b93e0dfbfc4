package org.distpolicy.reports.notify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.distpolicy.policy.NotifySettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The notify job end to end against a real SMTP server in this JVM (GreenMail), on a run written with parquet-mr. */
class NotifierSmtpTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String EVIL = "evil\r\nBcc: victim@example.org\r\nX-Injected: yes";
    private static final NotifySettings SETTINGS = new NotifySettings("distpolicy <qa@example.org>", List.of(7L, 28L), List.of(), 500);

    @TempDir
    Path reports;
    private Instant now = Instant.parse("2026-11-28T03:00:00Z");

    @BeforeEach
    void writeRun() throws IOException {
        RunFixture run = new RunFixture("20261128T020000Z")
                .finding("f-serde", "cargo/missing-crate", "serde", "serde_derive",
                        "feature serde_derive needs crate(serde_derive) =1.0.210: no version of serde_derive is archived", "Rust SIG <rust@example.org>")
                .missingCrate("serde", "crate(serde/serde_derive)", "serde_derive", "=1.0.210")
                .finding("f-evil", "cargo/path-dependency", EVIL, null, "[dependencies] x has path = \"../x\"", "rust@example.org")
                .finding("f-vendored", "go/vendored-dependencies", "vendored", "vendor/", "ships vendor/", "go@example.org")
                .waived("f-vendored");
        for (int i = 0; i < 40; i++) {
            run.finding("f-app-" + i, "cargo/broken-transitively", "app", "feat" + i,
                    "feature feat" + i + " needs crate(serde/derive) 1, but every archived match is broken; root cause: ...", "Jörg Müller <joerg@example.org>")
                    .broken("app", "crate(app/feat" + i + ")", "cargo/missing-crate", "serde 1.0.210 feature serde_derive",
                            "needs crate(serde_derive) =1.0.210: no version of serde_derive is archived");
        }
        run.writeTo(reports);
    }

    private Notifier.Result notifyVia(Delivery delivery) throws Exception {
        try (delivery) {
            return new Notifier(reports.toString(), new Configuration(), SETTINGS, Clock.fixed(now, ZoneOffset.UTC), DigestLayout.Limits.DEFAULT)
                    .run(delivery);
        }
    }

    private static SmtpDelivery greenMail() {
        return new SmtpDelivery("127.0.0.1", SMTP.getSmtp().getPort(), null, null, Duration.ofMillis(10));
    }

    private static MimeMessage to(String email) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return ((InternetAddress) m.getAllRecipients()[0]).getAddress().equals(email);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).reduce((a, b) -> b).orElseThrow();
    }

    private static String body(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    @Test
    void oneDigestPerMaintainerWithTheHeadersAMailClientNeeds() throws Exception {
        Notifier.Result result = notifyVia(greenMail());
        assertEquals(2, result.delivered());
        assertEquals(List.of(), result.failures());
        MimeMessage rust = to("rust@example.org");
        MimeMessage joerg = to("joerg@example.org");
        assertEquals(2, SMTP.getReceivedMessages().length);
        assertArrayEquals(new Address[] {new InternetAddress("Rust SIG <rust@example.org>")}, rust.getAllRecipients());
        assertEquals("Jörg Müller", ((InternetAddress) joerg.getAllRecipients()[0]).getPersonal());
        assertTrue(joerg.getHeader("To")[0].startsWith("=?UTF-8?"), "non-ASCII names are encoded words: " + joerg.getHeader("To")[0]);
        assertEquals("distpolicy <qa@example.org>", rust.getFrom()[0].toString());
        assertEquals("auto-generated", rust.getHeader("Auto-Submitted")[0]);
        assertEquals("distpolicy maintainer digests <distpolicy-digest.example.org>", rust.getHeader("List-Id")[0]);
        assertEquals(now, rust.getSentDate().toInstant());
        assertTrue(rust.getMessageID().matches("<digest\\.20261128T020000Z\\.[0-9a-f]{32}@example\\.org>"), rust.getMessageID());
        assertEquals(2, rust.getHeader("References")[0].split("\\s+").length, "one thread per package");
        assertEquals("[distpolicy] 40 new, 0 reminder(s), 0 fixed in 1 package(s) (run 20261128T020000Z)", joerg.getSubject());
        assertTrue(joerg.getContentType().contains("charset=UTF-8"), joerg.getContentType());
        assertTrue(body(joerg).startsWith("Hello Jörg Müller,\n"), body(joerg));
    }

    @Test
    void fortyBrokenFeaturesAreOneProblemUnderTheirRootCause() throws Exception {
        notifyVia(greenMail());
        String body = body(to("joerg@example.org"));
        assertEquals(1, body.split("\\[NEW]", -1).length - 1, body);
        assertTrue(body.contains("[NEW] error cargo/broken-transitively: 40 capabilities are broken by one root cause\n"
                + "    Why: serde 1.0.210 feature serde_derive: needs crate(serde_derive) =1.0.210: no version of serde_derive is archived [cargo/missing-crate]\n"
                + "    Affected: feat0, feat1, feat10, feat11, feat12, feat13, feat14, feat15 and 32 more\n"
                + "    What to do: fix the root cause above (serde 1.0.210 feature serde_derive; its maintainer gets it too): "
                + "Package the crate, or patch the dependency (or the feature needing it) out of the manifest."), body);
        String rust = body(to("rust@example.org"));
        assertTrue(rust.contains("[NEW] error cargo/missing-crate (serde_derive)\n"
                + "    Why: feature serde_derive needs crate(serde_derive) =1.0.210: no version of serde_derive is archived\n"
                + "    What to do: package serde_derive =1.0.210, or patch feature serde_derive out of Cargo.toml.\n"), rust);
    }

    @Test
    void aHeaderInjectionInACrateNameStaysInTheBody() throws Exception {
        notifyVia(greenMail());
        MimeMessage rust = to("rust@example.org");
        assertEquals(1, rust.getAllRecipients().length);
        assertNull(rust.getHeader("Bcc"));
        assertNull(rust.getHeader("X-Injected"));
        assertTrue(Arrays.stream(SMTP.getReceivedMessages()).noneMatch(m -> {
            try {
                return Arrays.toString(m.getAllRecipients()).contains("victim");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        assertTrue(body(rust).contains("\n== evil??Bcc: victim@example.org??X-Injected: yes 1.0.0 ==\n"), body(rust));
    }

    @Test
    void aRerunSendsNothingAndRemindersFollowTheCadence() throws Exception {
        notifyVia(greenMail());
        String firstThread = to("rust@example.org").getHeader("In-Reply-To")[0];
        String firstId = to("rust@example.org").getMessageID();
        assertEquals(0, notifyVia(greenMail()).delivered());
        now = now.plus(Duration.ofDays(6));
        assertEquals(0, notifyVia(greenMail()).delivered());
        assertEquals(2, SMTP.getReceivedMessages().length);

        now = now.plus(Duration.ofDays(1));
        assertEquals(2, notifyVia(greenMail()).delivered());
        MimeMessage reminder = to("rust@example.org");
        assertTrue(reminder.getSubject().startsWith("[distpolicy] 0 new, 2 reminder(s), 0 fixed"), reminder.getSubject());
        assertTrue(body(reminder).contains("    Open since run 20261101T000000Z.\n"), body(reminder));
        assertEquals(firstThread, reminder.getHeader("In-Reply-To")[0], "the same thread as the first mail");
        assertNotEquals(firstId, reminder.getMessageID());
        assertEquals(0, notifyVia(greenMail()).delivered());
        assertEquals(4, SMTP.getReceivedMessages().length);
    }

    @Test
    void aFailedDeliveryIsSentExactlyOnceByTheNextRun() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Notifier.Result failed = notifyVia(new SmtpDelivery("127.0.0.1", closedPort, null, null, Duration.ZERO));
        assertEquals(0, failed.delivered());
        assertEquals(2, failed.failures().size());
        assertTrue(failed.failures().get(1).contains("not tried, the server could not be reached: "), failed.failures().get(1));
        assertTrue(new NotificationLedger(reports.toString(), new Configuration()).read().isEmpty());

        now = now.plus(Duration.ofDays(1));
        assertEquals(2, notifyVia(greenMail()).delivered());
        assertEquals(0, notifyVia(greenMail()).delivered());
        assertEquals(2, SMTP.getReceivedMessages().length);
        List<LedgerEntry> ledger = new NotificationLedger(reports.toString(), new Configuration()).read();
        assertEquals(42, ledger.size());
        assertTrue(ledger.stream().allMatch(e -> e.notice() == Notice.NEW && e.sentAt().equals(now)));
    }

    @Test
    void aPasswordIsNeverSentWithoutStartTls() throws Exception {
        SMTP.setUser("qa", "secret");
        Notifier.Result result = notifyVia(new SmtpDelivery("127.0.0.1", SMTP.getSmtp().getPort(), "qa", "secret", Duration.ZERO));
        assertEquals(0, result.delivered());
        assertTrue(result.failures().get(0).contains("STARTTLS"), result.failures().toString());
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void aFixedFindingIsAnnouncedOnce() throws Exception {
        notifyVia(greenMail());
        new RunFixture("20261129T020000Z")
                .finding("f-evil", "cargo/path-dependency", EVIL, null, "[dependencies] x has path = \"../x\"", "rust@example.org")
                .writeTo(reports);
        now = now.plus(Duration.ofDays(1));
        assertEquals(2, notifyVia(greenMail()).delivered());
        String rust = body(to("rust@example.org"));
        assertTrue(rust.contains("== serde 1.0.0 ==\n[FIXED] cargo/missing-crate: gone from the latest run: serde_derive\n"), rust);
        assertTrue(body(to("joerg@example.org")).contains("[FIXED] cargo/broken-transitively: gone from the latest run: feat0, feat1, feat10, feat11, "
                + "feat12, feat13, feat14, feat15 and 32 more\n"));
        assertTrue(to("joerg@example.org").getSubject().startsWith("[distpolicy] 0 new, 0 reminder(s), 40 fixed"));
        assertEquals(0, notifyVia(greenMail()).delivered());
    }

    @Test
    void aDryRunWritesTheOutboxAndRecordsNothing(@TempDir Path outbox) throws Exception {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        assertEquals(2, notifyVia(new OutboxDelivery(outbox, clock)).delivered());
        assertEquals(2, notifyVia(new OutboxDelivery(outbox, clock)).delivered(), "a dry run changes nothing");
        try (Stream<Path> files = Files.list(outbox)) {
            assertEquals(List.of("001-joerg@example.org.eml", "002-rust@example.org.eml",
                    "digests.mbox"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String mbox = Files.readString(outbox.resolve("digests.mbox"));
        assertEquals(2, mbox.split("(?m)^From distpolicy ", -1).length - 1);
        assertFalse(mbox.contains("\r"));
        assertTrue(new NotificationLedger(reports.toString(), new Configuration()).read().isEmpty());
        assertEquals(0, SMTP.getReceivedMessages().length);
    }
}
