package org.distpolicy.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local filesystem ({@code file:}), setting permissions through java.nio. Without
 * Hadoop's native library, which no Maven artifact carries, {@link RawLocalFileSystem} forks a
 * {@code chmod} process for every file and directory it creates (and for each one's checksum
 * file): 373 processes in a nightly of Debian's archive, most of them for the listing's chunk
 * files on the driver.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
    /** The POSIX permissions in the order of the mode's bits, owner's read first (0400) down to others' execute (0001). */
    private static final PosixFilePermission[] BY_BIT = {
        PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
        PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
        PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE,
    };

    public NioLocalFileSystem() {
        super(new Raw());
    }

    /** The mode's nine permission bits as java.nio's set; empty if it has more (sticky bit), which java.nio cannot set. */
    static Optional<Set<PosixFilePermission>> posix(FsPermission permission) {
        int mode = permission.toShort();
        if ((mode & ~0777) != 0) {
            return Optional.empty();
        }
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        for (int i = 0; i < BY_BIT.length; i++) {
            if ((mode & (0400 >> i)) != 0) {
                set.add(BY_BIT[i]);
            }
        }
        return Optional.of(set);
    }

    private static final class Raw extends RawLocalFileSystem {
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            Optional<Set<PosixFilePermission>> posix = posix(permission);
            if (posix.isEmpty()) {
                super.setPermission(p, permission);
                return;
            }
            try {
                Files.setPosixFilePermissions(pathToFile(p).toPath(), posix.get());
            } catch (UnsupportedOperationException notPosix) {
                super.setPermission(p, permission);
            }
        }
    }
}
