package org.distpolicy.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.util.SerializableConfiguration;
import org.distpolicy.archive.ArchiveAccess;
import org.distpolicy.archive.ListedFile;

/**
 * The archive on any Hadoop filesystem (file:, hdfs:, s3a:), usable on the driver and, shipped
 * inside tasks, on every executor: nothing assumes the driver's local disk.
 */
final class HadoopArchiveAccess implements ArchiveAccess, Serializable {
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
    public List<ListedFile> listFiles(String directory) throws IOException {
        List<ListedFile> files = new ArrayList<>();
        forEachFile(directory, files::add);
        return files;
    }

    @Override
    public String linkTarget(String path) throws IOException {
        FileStatus status = fs().getFileLinkStatus(resolve(path));
        return status.isSymlink() ? status.getSymlink().toString() : null;
    }

    interface FileConsumer {
        void accept(ListedFile file) throws IOException;
    }

    /** Streams the listing: the caller decides what to keep. */
    void forEachFile(String directory, FileConsumer consumer) throws IOException {
        String base = rootPath().toUri().getPath();
        int prefix = base.endsWith("/") ? base.length() : base.length() + 1;
        RemoteIterator<LocatedFileStatus> it = fs().listFiles(resolve(directory), true);
        while (it.hasNext()) {
            LocatedFileStatus status = it.next();
            String full = status.getPath().toUri().getPath();
            consumer.accept(new ListedFile(full.length() > prefix ? full.substring(prefix) : "", status.getLen(), status.isSymlink()));
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
