package org.distpolicy.gomod.vendor;

import java.io.Serializable;

/**
 * A file under vendor/&lt;module path&gt;/, as a file of the module release it was copied from.
 *
 * @param modulePath the vendored module; for a "path version => other version" replacement, the
 *                   replacement, whose content vendor/ holds
 * @param version    that module's version as vendor/modules.txt records it
 * @param path       relative to the module root (vendor/&lt;vendored path&gt;/)
 */
public record VendoredFile(String modulePath, String version, String path, String sha256) implements Serializable {
}
