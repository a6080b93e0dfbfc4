package org.distpolicy.gomod.vendor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distpolicy.gomod.GoModulePath;
import org.distpolicy.gomod.GoSemver;
import org.distpolicy.gomod.GoUnicode;

/**
 * modload.readVendorList line by line: "# path version [=> target]" and "# path => target" open
 * a module, "## a; b" annotate it, a lone import path is one of its packages; everything else
 * is skipped, as cmd/go skips it.
 */
final class ModulesTxtParser {
    private final Map<ModuleVersion, VendorMeta> meta = new LinkedHashMap<>();
    private final List<ModuleVersion> vendorList = new ArrayList<>();
    private final List<ModuleVersion> vendorReplaced = new ArrayList<>();
    private final Map<String, String> vendorVersion = new LinkedHashMap<>();
    private final Map<String, ModuleVersion> packageModules = new LinkedHashMap<>();
    private final List<IgnoredLine> ignored = new ArrayList<>();
    /** The module the following lines belong to; null before the first one and after an unreadable one. */
    private ModuleVersion current;

    private ModulesTxtParser() {
    }

    static ModulesTxt parse(String text) {
        ModulesTxtParser parser = new ModulesTxtParser();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            parser.line(i + 1, lines[i]);
        }
        return new ModulesTxt(isForWorkspace(lines[0]), parser.meta, parser.vendorList, parser.vendorReplaced,
                parser.vendorVersion, parser.packageModules, parser.ignored);
    }

    /** modload.modulesTextIsForWorkspace: only the first line counts. */
    private static boolean isForWorkspace(String firstLine) {
        return firstLine.startsWith("## ") && annotations(firstLine).contains("workspace");
    }

    private static List<String> annotations(String line) {
        return List.of(line.substring(3).split(";", -1)).stream().map(GoUnicode::trimSpace).toList();
    }

    private void line(int number, String line) {
        if (line.startsWith("# ")) {
            moduleLine(number, line);
        } else if (current == null) {
            if (!GoUnicode.trimSpace(line).isEmpty() && !(number == 1 && isForWorkspace(line))) {
                ignored.add(new IgnoredLine(number, line, "no module line before it"));
            }
        } else if (line.startsWith("## ")) {
            for (String entry : annotations(line)) {
                // cmd/go reserves every other annotation for future use
                if (entry.equals("explicit")) {
                    meta.put(current, meta(current).withExplicit());
                } else if (entry.startsWith("go ")) {
                    meta.put(current, meta(current).withGoVersion(entry.substring(3)));
                }
            }
        } else {
            packageLine(number, line);
        }
    }

    private void moduleLine(int number, String line) {
        List<String> f = GoUnicode.fields(line);
        if (f.size() < 3) {
            // cmd/go keeps the previous module for the lines that follow
            ignored.add(new IgnoredLine(number, line, "a module line needs a version or \"=>\""));
            return;
        }
        List<String> rest;
        if (GoSemver.isValid(f.get(2))) {
            current = new ModuleVersion(f.get(1), f.get(2));
            rest = f.subList(3, f.size());
        } else if (f.get(2).equals("=>")) {
            current = new ModuleVersion(f.get(1), "");
            rest = f.subList(2, f.size());
        } else {
            current = null;
            ignored.add(new IgnoredLine(number, line, "neither a version nor \"=>\" after the module path"));
            return;
        }
        if (rest.size() >= 2 && rest.get(0).equals("=>")) {
            ModuleVersion target = null;
            if (rest.size() == 2) {
                target = new ModuleVersion(rest.get(1), "");
            } else if (rest.size() == 3 && GoSemver.isValid(rest.get(2))) {
                target = new ModuleVersion(rest.get(1), rest.get(2));
            }
            if (target != null) {
                meta.put(current, meta(current).withReplacement(target));
                vendorReplaced.add(current);
            } else {
                ignored.add(new IgnoredLine(number, line, "replacement not understood"));
            }
        } else if (!rest.isEmpty()) {
            ignored.add(new IgnoredLine(number, line, "text after the version is not a replacement"));
        }
    }

    private void packageLine(int number, String line) {
        List<String> f = GoUnicode.fields(line);
        if (f.isEmpty()) {
            return;
        }
        if (f.size() != 1 || GoModulePath.checkImport(f.get(0)) != null) {
            ignored.add(new IgnoredLine(number, line, "not a package import path"));
            return;
        }
        packageModules.put(f.get(0), current);
        // A package proves its module is in the build list, at the highest version seen for its path.
        String known = vendorVersion.get(current.path());
        if (known == null || GoSemver.compare(known, current.version()) < 0) {
            vendorList.add(current);
            vendorVersion.put(current.path(), current.version());
        }
    }

    private VendorMeta meta(ModuleVersion module) {
        return meta.getOrDefault(module, VendorMeta.NONE);
    }
}
