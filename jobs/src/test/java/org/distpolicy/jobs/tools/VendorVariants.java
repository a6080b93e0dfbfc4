package org.distpolicy.jobs.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.distpolicy.gomod.GoModFile;
import org.distpolicy.gomod.GoModParser;
import org.distpolicy.gomod.GoReplace;
import org.distpolicy.gomod.GoRequire;
import org.distpolicy.manifest.ManifestException;

/**
 * Vendor trees for a module of the archive: first the one go mod vendor would write for its
 * go.mod (module lines, annotations by go version, the trailing replacement lines, and real
 * package directories taken from the archive's own trees of the required modules), then that
 * tree broken or aged in the ways hand edits and old go versions break it.
 */
final class VendorVariants {
    /** One vendor tree to judge: go.mod, modules.txt (null: none) and the files under vendor/. */
    record Variant(String name, String goMod, String modulesTxt, Map<String, byte[]> vendorFiles) {
        Variant with(String newName, String newGoMod, String newModulesTxt) {
            return new Variant(newName, newGoMod, newModulesTxt, vendorFiles);
        }

        Variant withFile(String newName, String newModulesTxt, String path, String content) {
            Map<String, byte[]> files = new LinkedHashMap<>(vendorFiles);
            files.put(path, content.getBytes());
            return new Variant(newName, goMod, newModulesTxt, files);
        }
    }

    private static final Pattern GO_LINE = Pattern.compile("(?m)^go[ \\t]+\\S+[ \\t]*(//.*)?$");
    private static final int PACKAGES_PER_MODULE = 2;

    private final Path gopathSrc;

    VendorVariants(Path gopathSrc) {
        this.gopathSrc = gopathSrc;
    }

    List<Variant> of(String goModText) throws IOException, ManifestException {
        GoModFile goMod = GoModParser.parse(goModText);
        Variant base = vendored(goMod, goModText);
        String txt = base.modulesTxt();
        List<Variant> variants = new ArrayList<>();
        variants.add(base);
        variants.add(base.with("drop-explicit", goModText, txt.replaceFirst("(?m)^## explicit(; )?", "## ").replaceFirst("(?m)^## \\n", "")));
        variants.add(base.with("drop-module", goModText, txt.replaceFirst("(?s)^# [^\\n]*\\n((?!# )[^\\n]*\\n)*", "")));
        variants.add(base.withFile("stray-explicit", txt + "# example.com/stray v1.0.0\n## explicit\nexample.com/stray\n",
                "example.com/stray/stray.go", "package stray\n"));
        variants.add(base.withFile("unlisted-module", txt + "# example.com/extra v1.0.0\nexample.com/extra\n",
                "example.com/extra/extra.go", "package extra\n"));
        variants.add(base.with("other-version", goModText, txt.replaceFirst("(?m)^(# \\S+) v\\S+", "$1 v0.0.0-20200101000000-abcdefabcdef")));
        variants.add(base.with("changed-replacement", goModText, txt.contains(" => ")
                ? txt.replaceFirst("(?m)^(# .* => \\S+) v\\S+$", "$1 v99.0.0").replaceFirst("(?m)^(# .* => )(\\.\\S*|/\\S*)$", "$1../elsewhere")
                : txt.replaceFirst("(?m)^(# \\S+ v\\S+)$", "$1 => example.com/fork v1.0.0")));
        String go113Txt = txt.replaceAll("(?m)^## .*\\n", "").replaceAll("(?m)^# \\S+ => .*\\n", "");
        variants.add(base.with("go113-style", goModText, go113Txt));
        variants.add(base.with("go113-gomod", withGoLine(goModText, "1.13"), go113Txt));
        variants.add(base.with("go116-gomod", withGoLine(goModText, "1.16"), txt));
        variants.add(base.with("go117-gomod", withGoLine(goModText, "1.17"), txt));
        variants.add(base.with("go117-gomod-no-go-annotations", withGoLine(goModText, "1.17"), txt.replaceAll("; go \\S+", "").replaceAll("(?m)^## go \\S+\\n", "")));
        variants.add(base.with("no-go-directive", GO_LINE.matcher(goModText).replaceAll(""), txt));
        variants.add(base.with("workspace", goModText, "## workspace\n" + txt));
        variants.add(base.with("no-modules-txt", goModText, null));
        return variants;
    }

    private static String withGoLine(String goMod, String version) {
        return GO_LINE.matcher(goMod).find() ? GO_LINE.matcher(goMod).replaceFirst("go " + version) : goMod + "\ngo " + version + "\n";
    }

    private Variant vendored(GoModFile goMod, String goModText) throws IOException {
        boolean annotate = atLeast(goMod.goVersion(), 14);
        boolean goVersions = atLeast(goMod.goVersion(), 17);
        StringBuilder txt = new StringBuilder();
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> withPackages = new ArrayList<>();
        for (GoRequire r : goMod.requires()) {
            GoReplace replace = replacement(goMod, r.path(), r.version());
            txt.append("# ").append(r.path()).append(' ').append(r.version());
            Path source = gopathSrc.resolve(r.path());
            if (replace != null) {
                txt.append(" => ").append(replace.replacement());
                source = replace.isLocalDirectory() ? null : gopathSrc.resolve(replace.newPath());
            }
            txt.append('\n');
            String goVersion = goVersions && source != null ? goVersionOf(source) : null;
            if (annotate) {
                txt.append("## explicit").append(goVersion == null ? "" : "; go " + goVersion).append('\n');
            } else if (goVersion != null) {
                txt.append("## go ").append(goVersion).append('\n');
            }
            if (source != null) {
                for (String pkg : packages(source)) {
                    String importPath = pkg.isEmpty() ? r.path() : r.path() + "/" + pkg;
                    txt.append(importPath).append('\n');
                    copyGoFiles(source.resolve(pkg), importPath, files);
                    withPackages.add(r.path() + " " + r.version());
                }
            }
        }
        if (annotate) {
            for (GoReplace r : goMod.replaces()) {
                if (!withPackages.contains(r.replaced())) {
                    txt.append("# ").append(r.replaced()).append(" => ").append(r.replacement()).append('\n');
                }
            }
        }
        return new Variant("as-go-mod-vendor-writes", goModText, txt.toString(), files);
    }

    private static GoReplace replacement(GoModFile goMod, String path, String version) {
        GoReplace wildcard = null;
        for (GoReplace r : goMod.replaces()) {
            if (r.oldPath().equals(path) && version.equals(r.oldVersion())) {
                return r;
            }
            if (r.oldPath().equals(path) && r.oldVersion() == null) {
                wildcard = r;
            }
        }
        return wildcard;
    }

    /** Up to two directories of the module's archived tree holding non-test .go files, the root first. */
    private static List<String> packages(Path moduleDir) throws IOException {
        if (!Files.isDirectory(moduleDir)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.walk(moduleDir, 3)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> !moduleDir.relativize(d).toString().matches("(^|.*/)(vendor|testdata|internal|[._][^/]*)(/.*|$)"))
                    .filter(VendorVariants::holdsGoFiles)
                    .map(d -> moduleDir.relativize(d).toString())
                    .sorted((a, b) -> Integer.compare(a.length(), b.length()))
                    .limit(PACKAGES_PER_MODULE)
                    .toList();
        }
    }

    private static boolean holdsGoFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(VendorVariants::isBuildableGoFile);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isBuildableGoFile(Path f) {
        String name = f.getFileName().toString();
        return name.endsWith(".go") && !name.endsWith("_test.go") && Files.isRegularFile(f);
    }

    private static void copyGoFiles(Path dir, String importPath, Map<String, byte[]> files) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.filter(VendorVariants::isBuildableGoFile).toList()) {
                files.put(importPath + "/" + f.getFileName(), Files.readAllBytes(f));
            }
        }
    }

    private static String goVersionOf(Path moduleDir) {
        try {
            return GoModParser.parse(Files.readString(moduleDir.resolve("go.mod"))).goVersion();
        } catch (IOException | ManifestException | RuntimeException e) {
            return null;
        }
    }

    static boolean atLeast(String goVersion, int minor) {
        if (goVersion == null) {
            return false;
        }
        String[] parts = goVersion.split("[.a-z]");
        return parts.length > 1 && (Integer.parseInt(parts[0]) > 1 || Integer.parseInt(parts[1]) >= minor);
    }
}
