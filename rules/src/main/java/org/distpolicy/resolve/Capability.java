package org.distpolicy.resolve;

import java.io.Serializable;
import org.distpolicy.rules.Ecosystem;

/**
 * A capability as distro tooling names it: {@code crate(uuid)}, {@code crate(uuid/serde)},
 * {@code gomod(golang.org/x/net)}, {@code golang(golang.org/x/net/http2)}.
 *
 * @param namespace {@link #CRATE}, {@link #GO_MODULE} or {@link #GO_PACKAGE}
 * @param name      crate name, module path or package import path
 * @param feature   a crate feature, null for the crate's base and for Go capabilities
 */
public record Capability(String namespace, String name, String feature) implements Serializable {
    public static final String CRATE = "crate";
    public static final String GO_MODULE = "gomod";
    public static final String GO_PACKAGE = "golang";

    public static Capability crate(String crate, String feature) {
        return new Capability(CRATE, crate, feature);
    }

    public static Capability goModule(String path) {
        return new Capability(GO_MODULE, path, null);
    }

    public static Capability goPackage(String importPath) {
        return new Capability(GO_PACKAGE, importPath, null);
    }

    /** The capability {@link #toString()} spells, as the report tables carry it: "crate(serde/derive)", "golang(golang.org/x/net/http2)". */
    public static Capability parse(String text) {
        int open = text.indexOf('(');
        if (open <= 0 || !text.endsWith(")")) {
            throw new IllegalArgumentException("not a capability: " + text);
        }
        String namespace = text.substring(0, open);
        String inside = text.substring(open + 1, text.length() - 1);
        int slash = inside.indexOf('/');
        return namespace.equals(CRATE) && slash >= 0
                ? new Capability(namespace, inside.substring(0, slash), inside.substring(slash + 1))
                : new Capability(namespace, inside, null);
    }

    /** What providers are grouped by: the capability without its feature, e.g. {@code crate(uuid)}. */
    public String key() {
        return namespace + "(" + name + ")";
    }

    public Ecosystem ecosystem() {
        return ecosystemOf(namespace);
    }

    /** The ecosystem of a capability's text form, e.g. of "golang(golang.org/x/net/http2)". */
    public static Ecosystem ecosystemOf(String capabilityOrNamespace) {
        return capabilityOrNamespace.startsWith(CRATE) ? Ecosystem.CARGO : Ecosystem.GO;
    }

    @Override
    public String toString() {
        return feature == null ? key() : namespace + "(" + name + "/" + feature + ")";
    }
}
