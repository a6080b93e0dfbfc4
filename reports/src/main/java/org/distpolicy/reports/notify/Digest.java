package org.distpolicy.reports.notify;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;

/**
 * What one maintainer is told this time.
 *
 * @param recipient the address as the policy gives it ("Name &lt;email&gt;" or the email)
 * @param email     its email part in lower case: the ledger's key
 */
public record Digest(String recipient, String email, List<Item> items) {
    public Digest {
        items = List.copyOf(items);
    }

    /** One finding of the digest and why it is in it. */
    public record Item(Notice notice, RunFinding finding) {
    }

    /** The recipient's display name, else the email: how the mail greets them. */
    public String name() {
        try {
            String personal = new InternetAddress(recipient, true).getPersonal();
            return personal == null || personal.isBlank() ? email : personal;
        } catch (AddressException e) {
            return email;
        }
    }

    public long count(Notice notice) {
        return items.stream().filter(i -> i.notice() == notice).count();
    }
}
