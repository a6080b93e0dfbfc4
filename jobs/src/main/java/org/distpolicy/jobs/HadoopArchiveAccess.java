package org.distpolicy.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.util.SerializableConfiguration;
import org.distpolicy.archive.ArchiveAccess;
import org.distpolicy.archive.ArchiveLayout;
import org.distpolicy.archive.ListedFile;

/**
 * The archive on a Hadoop filesystem (hdfs:, s3a:, ...), usable on the driver and, shipped
 * inside tasks, on every executor: nothing assumes the driver's local disk. Local paths go
 * through {@link org.distpolicy.archive.LocalArchiveAccess} instead (see {@link ArchiveAccesses}).
 */
final class HadoopArchiveAccess implements ArchiveAccess {
    private final String root;
    private final SerializableConfiguration conf;
    private transient FileSystem fs;
    private transient Path rootPath;

    HadoopArchiveAccess(String root, Configuration conf) {
        this.root = root;
        this.conf = new SerializableConfiguration(conf);
    }

    @Override
    public InputStream open(String path) throws IOException {
        return fs().open(resolve(path));
    }

    @Override
    public String linkTarget(String path) throws IOException {
        FileStatus status = fs().getFileLinkStatus(resolve(path));
        return status.isSymlink() ? status.getSymlink().toString() : null;
    }

    /** Walks with listStatus: listFiles builds LocatedFileStatus objects, which may load owners and permissions per file. */
    @Override
    public void forEachFile(String directory, FileConsumer consumer) throws IOException {
        String base = rootPath().toUri().getPath();
        int prefix = base.endsWith("/") ? base.length() : base.length() + 1;
        Deque<Path> pending = new ArrayDeque<>();
        pending.push(resolve(directory));
        while (!pending.isEmpty()) {
            FileStatus[] children = fs().listStatus(pending.pop());
            // By name, so subdirectories pop in walk order; every file goes before any subdirectory's, package markers first.
            Arrays.sort(children, Comparator.comparing(status -> status.getPath().getName()));
            for (boolean markers : new boolean[] {true, false}) {
                for (FileStatus status : children) {
                    if (!status.isDirectory() && ArchiveLayout.isPackageMarker(status.getPath().getName()) == markers) {
                        String full = status.getPath().toUri().getPath();
                        consumer.accept(new ListedFile(full.length() > prefix ? full.substring(prefix) : "", status.getLen(), status.isSymlink(),
                                status.getModificationTime()));
                    }
                }
            }
            for (int i = children.length - 1; i >= 0; i--) {
                if (children[i].isDirectory()) {
                    pending.push(children[i].getPath());
                }
            }
        }
    }

    private Path resolve(String path) throws IOException {
        return path.isEmpty() ? rootPath() : new Path(rootPath(), path);
    }

    private Path rootPath() throws IOException {
        if (rootPath == null) {
            rootPath = fs().makeQualified(new Path(root));
        }
        return rootPath;
    }

    private FileSystem fs() throws IOException {
        if (fs == null) {
            fs = new Path(root).getFileSystem(conf.value());
        }
        return fs;
    }
}
