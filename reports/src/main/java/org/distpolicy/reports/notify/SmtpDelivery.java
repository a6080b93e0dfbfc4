package org.distpolicy.reports.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;

/**
 * Delivery to a mail server with Angus Mail over one connection: STARTTLS whenever the server
 * offers it, and required when logging in (a password never crosses the network in clear text).
 * Messages are spaced by {@code interval} so a run cannot flood the server.
 */
public final class SmtpDelivery implements Delivery {
    private final Session session;
    private final String user;
    private final String password;
    private final Duration interval;
    private Transport transport;
    private MessagingException unreachable;
    private long lastSent;

    /**
     * @param user     login name; null to send without authentication
     * @param password the password for {@code user} (from an environment variable or a file, never the command line)
     */
    public SmtpDelivery(String host, int port, String user, String password, Duration interval) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", String.valueOf(port));
        properties.setProperty("mail.smtp.starttls.enable", "true");
        properties.setProperty("mail.smtp.starttls.required", String.valueOf(user != null));
        properties.setProperty("mail.smtp.auth", String.valueOf(user != null));
        properties.setProperty("mail.smtp.connectiontimeout", "30000");
        properties.setProperty("mail.smtp.timeout", "60000");
        properties.setProperty("mail.smtp.writetimeout", "60000");
        this.session = Session.getInstance(properties);
        this.user = user;
        this.password = password;
        this.interval = interval;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void deliver(MimeMessage message) throws MessagingException {
        if (unreachable != null) {
            // One failed connection (or login) per run is enough: the rest wait for the next run instead of a timeout each.
            throw new MessagingException("not tried, the server could not be reached: " + unreachable.getMessage(), unreachable);
        }
        pace();
        if (transport == null || !transport.isConnected()) {
            transport = session.getTransport("smtp");
            try {
                transport.connect(user, password);
            } catch (MessagingException e) {
                unreachable = e;
                throw e;
            }
        }
        transport.sendMessage(message, message.getAllRecipients());
    }

    private void pace() {
        long wait = lastSent + interval.toMillis() - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lastSent = System.currentTimeMillis();
    }

    @Override
    public boolean sends() {
        return true;
    }

    @Override
    public void close() throws MessagingException {
        if (transport != null) {
            transport.close();
        }
    }
}
