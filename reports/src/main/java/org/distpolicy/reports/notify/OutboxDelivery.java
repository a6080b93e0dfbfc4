package org.distpolicy.reports.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

/**
 * A dry run: each digest becomes {@code NNN-<recipient>.eml} in the outbox, and all of them are
 * appended to {@code digests.mbox} (mboxrd: "From " lines quoted), so they can be read in any
 * mail client before anything is sent (bytes are copied as they are: ISO-8859-1 maps each to itself). Nothing is recorded in the ledger. The outbox holds the
 * latest dry run: the files an earlier one wrote there are replaced.
 */
public final class OutboxDelivery implements Delivery {
    private static final DateTimeFormatter MBOX_DATE = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path outbox;
    private final Clock clock;
    private int written;

    public OutboxDelivery(Path outbox, Clock clock) throws IOException {
        this.outbox = Files.createDirectories(outbox);
        this.clock = clock;
        try (var earlier = Files.newDirectoryStream(outbox, "{[0-9][0-9][0-9]-*.eml,digests.mbox}")) {
            for (Path file : earlier) {
                Files.delete(file);
            }
        }
    }

    @Override
    public void deliver(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        String recipient = ((InternetAddress) message.getAllRecipients()[0]).getAddress().replaceAll("[^A-Za-z0-9@._-]", "_");
        written++;
        Files.write(outbox.resolve(String.format(Locale.ROOT, "%03d-%s.eml", written, recipient)), bytes.toByteArray(),
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        String text = bytes.toString(StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replaceAll("(?m)^(>*From )", ">$1");
        String entry = "From distpolicy " + MBOX_DATE.format(clock.instant()) + "\n" + text + (text.endsWith("\n") ? "" : "\n") + "\n";
        Files.writeString(outbox.resolve("digests.mbox"), entry, StandardCharsets.ISO_8859_1, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Override
    public Session session() {
        return Session.getInstance(new Properties());
    }

    @Override
    public boolean sends() {
        return false;
    }

    @Override
    public void close() {
    }
}
