package org.distpolicy.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample archive is what SampleArchive generates (compressed files compared unpacked). */
class SampleArchiveTest {
    private static final Path COMMITTED = Path.of("sample", "archive");

    @Test
    void committedSampleMatchesTheGenerator(@TempDir Path generated) throws IOException {
        SampleArchive.write(generated);
        Map<String, byte[]> expected = contents(generated);
        Map<String, byte[]> actual = contents(COMMITTED);
        assertEquals(expected.keySet(), actual.keySet(),
                "regenerate with: mvn -q -pl datasets compile exec:java");
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> Files.isSymbolicLink(f) || Files.isRegularFile(f)).toList()) {
                String name = root.relativize(file).toString();
                if (Files.isSymbolicLink(file)) {
                    contents.put(name, ("-> " + Files.readSymbolicLink(file)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    contents.put(name, unpacked(name, Files.readAllBytes(file)));
                }
            }
        }
        return contents;
    }

    /** zlib versions may compress differently; what the archive means is the unpacked content. */
    private static byte[] unpacked(String name, byte[] bytes) throws IOException {
        try {
            if (name.endsWith(".crate")) {
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                    return in.readAllBytes();
                }
            }
            if (name.endsWith(".zip")) {
                StringBuilder listing = new StringBuilder();
                try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                    ZipEntry entry;
                    while ((entry = in.getNextEntry()) != null) {
                        listing.append(entry.getName()).append('\n').append(java.util.HexFormat.of().formatHex(in.readAllBytes())).append('\n');
                    }
                }
                return listing.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (java.io.EOFException e) {
            // The sample's deliberately truncated crate: compare its bytes as they are.
        }
        return bytes;
    }
}
