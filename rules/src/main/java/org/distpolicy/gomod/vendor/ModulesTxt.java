package org.distpolicy.gomod.vendor;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * vendor/modules.txt as cmd/go reads it (modload.readVendorList), in cmd/go's own terms, so that
 * {@link VendorConsistency} can ask exactly the questions cmd/go asks.
 *
 * @param workspace      the first line is a "## workspace" annotation: written by go work vendor
 *                       (go 1.22+), for a go.work and not for a single module
 * @param meta           per module version (or path, for a replacement of every version)
 * @param vendorList     modules that provide packages, in order of appearance; a path appears
 *                       again only with a higher version, as in cmd/go
 * @param vendorReplaced every "=> …" cmd/go understood, repeated if written twice
 * @param vendorVersion  module path → the version its packages come from
 * @param packageModules package import path → the module its line follows, in file order
 * @param ignoredLines   non-blank lines cmd/go skips
 */
public record ModulesTxt(
        boolean workspace,
        Map<ModuleVersion, VendorMeta> meta,
        List<ModuleVersion> vendorList,
        List<ModuleVersion> vendorReplaced,
        Map<String, String> vendorVersion,
        Map<String, ModuleVersion> packageModules,
        List<IgnoredLine> ignoredLines) implements Serializable {

    public ModulesTxt {
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        vendorList = List.copyOf(vendorList);
        vendorReplaced = List.copyOf(vendorReplaced);
        vendorVersion = Collections.unmodifiableMap(new LinkedHashMap<>(vendorVersion));
        packageModules = Collections.unmodifiableMap(new LinkedHashMap<>(packageModules));
        ignoredLines = List.copyOf(ignoredLines);
    }

    /** What cmd/go finds with no vendor/modules.txt: nothing vendored, nothing marked. */
    public static final ModulesTxt ABSENT = new ModulesTxt(false, Map.of(), List.of(), List.of(), Map.of(), Map.of(), List.of());

    /** Reads any text, as cmd/go does: what it cannot interpret ends up in {@link #ignoredLines()}. */
    public static ModulesTxt parse(String text) {
        return text == null ? ABSENT : ModulesTxtParser.parse(text);
    }

    /** The merged annotations of a module version; all false and null when it has none. */
    public VendorMeta meta(ModuleVersion module) {
        return meta.getOrDefault(module, VendorMeta.NONE);
    }
}
