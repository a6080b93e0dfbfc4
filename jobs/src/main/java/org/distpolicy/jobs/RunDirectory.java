package org.distpolicy.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * A run's directory under {@code <reports>/runs/}: written under a staging name, renamed into
 * place when complete, and only then made {@code LATEST} (itself replaced by an atomic rename),
 * so a failed or killed run never becomes LATEST and never touches an earlier run.
 */
final class RunDirectory {
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final FileSystem fs;
    private final Path reports;
    private final String runId;
    private final Path staging;

    private RunDirectory(FileSystem fs, Path reports, String runId) {
        this.fs = fs;
        this.reports = reports;
        this.runId = runId;
        this.staging = new Path(reports, "runs/.staging-" + runId);
    }

    /** A new run, its id the UTC start time (suffixed when a run of the same second exists). */
    static RunDirectory create(String reportsDir, Instant started, Configuration conf) throws IOException {
        Path reports = new Path(reportsDir);
        FileSystem fs = reports.getFileSystem(conf);
        reports = fs.makeQualified(reports);
        String base = RUN_ID.format(started);
        String runId = base;
        for (int n = 2; fs.exists(new Path(reports, "runs/" + runId)) || fs.exists(new Path(reports, "runs/.staging-" + runId)); n++) {
            runId = base + "-" + n;
        }
        fs.mkdirs(new Path(reports, "runs/.staging-" + runId));
        return new RunDirectory(fs, reports, runId);
    }

    String runId() {
        return runId;
    }

    /** Where a table or file of the run is written while the run is in progress. */
    String staged(String name) {
        return new Path(staging, name).toString();
    }

    void writeText(String name, String text) throws IOException {
        try (OutputStream out = fs.create(new Path(staging, name), false)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Moves the finished run into place and points LATEST at it; returns the run's final path. */
    String commit() throws IOException {
        Path done = new Path(reports, "runs/" + runId);
        if (!fs.rename(staging, done)) {
            throw new IOException("cannot rename " + staging + " to " + done);
        }
        Path latestTmp = new Path(reports, ".LATEST.tmp");
        try (OutputStream out = fs.create(latestTmp, true)) {
            out.write((runId + "\n").getBytes(StandardCharsets.UTF_8));
        }
        FileContext.getFileContext(reports.toUri(), fs.getConf()).rename(latestTmp, new Path(reports, "LATEST"), Options.Rename.OVERWRITE);
        return done.toString();
    }

    /** Removes what a failed run staged; earlier runs and LATEST stay as they were. */
    void abandon() {
        try {
            fs.delete(staging, true);
        } catch (IOException ignored) {
            // Best effort: a leftover staging directory is never mistaken for a run.
        }
    }
}
