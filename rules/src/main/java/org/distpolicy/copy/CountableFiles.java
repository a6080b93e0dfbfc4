package org.distpolicy.copy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.distpolicy.archive.FileEntry;

/**
 * Which files say something about who copied whom. Identical tiny files, licence texts, package
 * metadata and the like are shared by unrelated packages by the thousand; counting them would
 * make every package a copy of every other.
 */
public final class CountableFiles {
    /**
     * Below 512 bytes a file is mostly boilerplate: empty __init__ stubs, "package foo" doc.go
     * files, one-line re-exports, .gitignore. Real code files of the copied libraries are larger.
     */
    public static final long MIN_BYTES = 512;
    private static final Pattern LEGAL_OR_DOCS = Pattern.compile(
            "(?i)(licen[cs]e|copying|copyright|notice|authors|contributors|patents|readme|changelog|changes|history|news|code_of_conduct|contributing|security)([-._].*)?");
    /** Source files are code whatever their name says (license_check.rs). */
    private static final Pattern SOURCE = Pattern.compile(".*\\.(rs|go|c|h|cc|cpp|cxx|hpp|hh|s|asm|py|js|ts)");
    private static final Set<String> METADATA = Set.of(
            "cargo.toml", "cargo.toml.orig", "cargo.lock", ".cargo_vcs_info.json", ".cargo-checksum.json", "go.mod", "go.sum",
            ".gitignore", ".gitattributes", ".travis.yml", ".editorconfig", "rustfmt.toml", ".rustfmt.toml", "clippy.toml",
            "makefile", "dockerfile", "codecov.yml", ".golangci.yml", ".golangci.yaml");

    private CountableFiles() {
    }

    public static boolean countable(FileEntry file) {
        if (file.size() < MIN_BYTES) {
            return false;
        }
        String name = file.path().substring(file.path().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (SOURCE.matcher(name).matches()) {
            return true;
        }
        return !METADATA.contains(name) && !LEGAL_OR_DOCS.matcher(name).matches() && !file.path().startsWith(".github/");
    }
}
