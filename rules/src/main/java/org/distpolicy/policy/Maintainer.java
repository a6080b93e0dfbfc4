package org.distpolicy.policy;

import java.io.Serializable;
import java.util.Objects;

/**
 * A {@code [[maintainer]]}: who looks after the packages a glob matches.
 *
 * @param name optional display name; null when unset
 */
public record Maintainer(Glob packageName, String email, String name) implements Serializable {
    public Maintainer {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(email, "email");
    }

    /** "Name <email>", or the bare email without a name: what a mailer puts in To:. */
    public String address() {
        return name == null ? email : name + " <" + email + ">";
    }
}
