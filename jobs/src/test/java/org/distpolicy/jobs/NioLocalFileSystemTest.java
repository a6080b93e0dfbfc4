package org.distpolicy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void mapsEachPermissionBitToItsPosixPermission() {
        assertEquals(Optional.of(PosixFilePermissions.fromString("rw-r-----")), NioLocalFileSystem.posix(new FsPermission((short) 0640)));
        assertEquals(Optional.of(PosixFilePermissions.fromString("rwxr-x--x")), NioLocalFileSystem.posix(new FsPermission((short) 0751)));
        assertEquals(Optional.of(PosixFilePermissions.fromString("---------")), NioLocalFileSystem.posix(new FsPermission((short) 0)));
    }

    @Test
    void leavesTheStickyBitToHadoop() {
        assertEquals(Optional.empty(), NioLocalFileSystem.posix(new FsPermission((short) 01777)));
    }

    @Test
    void filesAndDirectoriesGetThePermissionsAsked() throws IOException {
        FileSystem fs = fileSystem();
        Path reports = new Path(dir.toUri().toString(), "reports");
        assertTrue(fs.mkdirs(reports, new FsPermission((short) 0750)));
        Path table = new Path(reports, "part-0.parquet");
        try (OutputStream out = fs.create(table, new FsPermission((short) 0640), false, 4096, (short) 1, 1 << 20, null)) {
            out.write(42);
        }
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("reports"))));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("reports/part-0.parquet"))));
        assertTrue(Files.exists(dir.resolve("reports/.part-0.parquet.crc")), "still the checksummed local filesystem");
        fs.setPermission(table, new FsPermission((short) 0604));
        assertEquals("rw----r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("reports/part-0.parquet"))));
    }

    @Test
    void sparkSessionsUseIt() {
        assertEquals(NioLocalFileSystem.class.getName(), Sparks.conf("test", "local[1]").get("spark.hadoop.fs.file.impl"));
    }

    private static FileSystem fileSystem() throws IOException {
        Configuration conf = new Configuration(false);
        conf.set("fs.file.impl", NioLocalFileSystem.class.getName());
        conf.setBoolean("fs.file.impl.disable.cache", true);
        return assertInstanceOf(NioLocalFileSystem.class, FileSystem.get(java.net.URI.create("file:///"), conf));
    }
}
