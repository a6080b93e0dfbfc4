package org.distpolicy.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@link ArchiveAccess} over a directory of the local filesystem. */
public final class LocalArchiveAccess implements ArchiveAccess {
    private final Path root;

    public LocalArchiveAccess(Path root) {
        this.root = root;
    }

    @Override
    public InputStream open(String path) throws IOException {
        return Files.newInputStream(resolve(path), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public List<ListedFile> listFiles(String directory) throws IOException {
        List<ListedFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(resolve(directory))) {
            walk.forEach(p -> {
                boolean link = Files.isSymbolicLink(p);
                if (link || Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(new ListedFile(relative(p), link ? 0 : size(p), link));
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    @Override
    public String linkTarget(String path) throws IOException {
        Path p = resolve(path);
        return Files.isSymbolicLink(p) ? Files.readSymbolicLink(p).toString() : null;
    }

    private Path resolve(String path) {
        return path.isEmpty() ? root : root.resolve(path);
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
