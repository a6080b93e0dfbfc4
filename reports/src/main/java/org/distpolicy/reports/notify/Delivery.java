package org.distpolicy.reports.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/** Where digests go: a mail server, or an outbox directory for a dry run. */
public sealed interface Delivery extends AutoCloseable permits SmtpDelivery, OutboxDelivery {
    /** Hands the message on; returns normally only once it was accepted. */
    void deliver(MimeMessage message) throws MessagingException, IOException;

    /** The mail session messages for this delivery are built in. */
    Session session();

    /** Whether an accepted message counts as sent (a dry run's outbox does not: the ledger stays as it was). */
    boolean sends();

    @Override
    void close() throws MessagingException;
}
