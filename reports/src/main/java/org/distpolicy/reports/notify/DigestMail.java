package org.distpolicy.reports.notify;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A digest as an RFC 5322 message: UTF-8 plain text (Angus Mail picks the transfer encoding and
 * encodes the headers), {@code Date}, a {@code Message-ID} of the sender's domain,
 * {@code List-Id}, {@code Auto-Submitted: auto-generated}, and {@code In-Reply-To}/{@code References}
 * naming one stable thread per maintainer and package, so a mail client files every digest about
 * a package under the same thread. No header carries text from the archive.
 */
public final class DigestMail {
    private static final int MAX_REFERENCES = 20;

    private final Session session;
    private final InternetAddress from;
    private final String domain;

    /** @param from the policy's [notify] from */
    public DigestMail(Session session, String from) throws AddressException {
        this.session = session;
        this.from = encoded(from);
        String address = this.from.getAddress();
        this.domain = address.substring(address.indexOf('@') + 1);
    }

    public MimeMessage message(DigestLayout layout, String body, String runId, Instant now) throws MessagingException {
        Digest digest = layout.digest();
        String messageId = "<digest." + runId + "." + hash(digest.email() + "\u0000" + now) + "@" + domain + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, new InternetAddress[] {encoded(digest.recipient())});
        message.setSubject("[distpolicy] " + digest.count(Notice.NEW) + " new, " + digest.count(Notice.REMINDER) + " reminder(s), "
                + digest.count(Notice.FIXED) + " fixed in " + layout.sections().size() + " package(s) (run " + runId + ")",
                StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(now));
        message.setHeader("List-Id", "distpolicy maintainer digests <distpolicy-digest." + domain + ">");
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("Precedence", "bulk");
        List<String> threads = layout.packageNames().stream().limit(MAX_REFERENCES)
                .map(p -> "<thread." + hash(digest.email() + "\u0000" + p) + "@" + domain + ">").toList();
        if (!threads.isEmpty()) {
            message.setHeader("In-Reply-To", threads.get(0));
            message.setHeader("References", threads.stream().collect(Collectors.joining("\r\n ")));
        }
        message.setText(body, StandardCharsets.UTF_8.name());
        message.saveChanges();
        return message;
    }

    /** The address with its display name as a UTF-8 encoded word where it is not ASCII. */
    private static InternetAddress encoded(String address) throws AddressException {
        InternetAddress parsed = new InternetAddress(address, true);
        try {
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("every JVM has UTF-8", e);
        }
    }

    /** The first 128 bits of the SHA-256 of {@code text}, in hex: ids that say nothing about who or what. */
    private static String hash(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
