package org.distpolicy.gomod.vendor;

import java.io.Serializable;

/**
 * What vendor/modules.txt says about one module version, merged over all its lines as cmd/go
 * merges them: annotations are a union, a later replacement overrides an earlier one.
 *
 * @param replacement the "=> …" target, or null when the module is not marked as replaced
 * @param goVersion   the "## go 1.x" annotation (go mod vendor writes it from go 1.17 on), or null
 */
public record VendorMeta(boolean explicit, ModuleVersion replacement, String goVersion) implements Serializable {
    static final VendorMeta NONE = new VendorMeta(false, null, null);

    VendorMeta withExplicit() {
        return new VendorMeta(true, replacement, goVersion);
    }

    VendorMeta withReplacement(ModuleVersion newReplacement) {
        return new VendorMeta(explicit, newReplacement, goVersion);
    }

    VendorMeta withGoVersion(String newGoVersion) {
        return new VendorMeta(explicit, replacement, newGoVersion);
    }
}
