package org.distpolicy.jobs;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

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
    private final String collection;
    private final Path staging;

    private RunDirectory(FileSystem fs, Path reports, String collection, String runId) {
        this.fs = fs;
        this.reports = reports;
        this.runId = runId;
        this.collection = collection;
        this.staging = new Path(reports, collection + "/.staging-" + runId);
    }

    /** A new run, its id the UTC start time (suffixed when a run of the same second exists). */
    static RunDirectory create(String reportsDir, Instant started, Configuration conf) throws IOException {
        return create(reportsDir, "runs", started, conf);
    }

    /**
     * A new output of another command beside the runs, e.g. {@code gates/<id>/}: staged and
     * moved into place alike, never made LATEST.
     */
    static RunDirectory create(String reportsDir, String collection, Instant started, Configuration conf) throws IOException {
        Path reports = new Path(reportsDir);
        FileSystem fs = reports.getFileSystem(conf);
        reports = fs.makeQualified(reports);
        String base = RUN_ID.format(started);
        String runId = base;
        for (int n = 2; fs.exists(new Path(reports, collection + "/" + runId)) || fs.exists(new Path(reports, collection + "/.staging-" + runId)); n++) {
            runId = base + "-" + n;
        }
        fs.mkdirs(new Path(reports, collection + "/.staging-" + runId));
        return new RunDirectory(fs, reports, collection, runId);
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

    /** The complete run LATEST points at before this one commits, if any: what the delta compares with. */
    Optional<String> previousRun() throws IOException {
        Path latest = new Path(reports, "LATEST");
        if (!fs.exists(latest)) {
            return Optional.empty();
        }
        try (InputStream in = fs.open(latest)) {
            String id = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return id.isEmpty() || !fs.exists(new Path(reports, "runs/" + id)) ? Optional.empty() : Optional.of(id);
        }
    }

    boolean hasTable(String id, String name) throws IOException {
        return fs.exists(new Path(reports, "runs/" + id + "/" + name));
    }

    /** Where a table or file of a complete run lies. */
    String ofRun(String id, String name) {
        return new Path(reports, "runs/" + id + "/" + name).toString();
    }

    /**
     * Deletes complete runs beyond the newest {@code keep}, never the one LATEST names (run ids
     * sort by time); staging directories of other runs are left alone, they may be running.
     */
    List<String> prune(int keep) throws IOException {
        Path runs = new Path(reports, "runs");
        List<String> complete = completeRuns();
        List<String> deleted = new ArrayList<>();
        for (String id : complete.subList(0, Math.max(0, complete.size() - keep))) {
            if (!id.equals(runId) && fs.delete(new Path(runs, id), true)) {
                deleted.add(id);
            }
        }
        return deleted;
    }

    /** The ids of the complete runs, oldest first (run ids sort by time); staging directories are not runs. */
    List<String> completeRuns() throws IOException {
        List<String> complete = new ArrayList<>();
        for (FileStatus status : fs.listStatus(new Path(reports, "runs"))) {
            String name = status.getPath().getName();
            if (status.isDirectory() && !name.startsWith(".")) {
                complete.add(name);
            }
        }
        Collections.sort(complete);
        return complete;
    }

    /**
     * The facts-cache keys the complete runs' inventories record: what the cache must keep so
     * any kept run's facts can be loaded again. Runs from before the cache read as having none.
     */
    Dataset<String> cacheKeysOfCompleteRuns(SparkSession spark) throws IOException {
        List<String> inventories = new ArrayList<>();
        for (String id : completeRuns()) {
            if (hasTable(id, "inventory")) {
                inventories.add(ofRun(id, "inventory"));
            }
        }
        if (inventories.isEmpty()) {
            return spark.emptyDataset(Encoders.STRING());
        }
        return spark.read().schema(new StructType().add("cache_key", DataTypes.StringType)).parquet(inventories.toArray(String[]::new))
                .filter(col("cache_key").isNotNull()).distinct().as(Encoders.STRING());
    }

    /** A text file of a complete run, empty when the run has none. */
    Optional<String> readText(String id, String name) throws IOException {
        Path file = new Path(reports, "runs/" + id + "/" + name);
        if (!fs.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = fs.open(file)) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Moves the finished run into place and points LATEST at it; returns the run's final path. */
    String commit() throws IOException {
        String done = moveIntoPlace();
        Path latestTmp = new Path(reports, ".LATEST.tmp");
        try (OutputStream out = fs.create(latestTmp, true)) {
            out.write((runId + "\n").getBytes(StandardCharsets.UTF_8));
        }
        FileContext.getFileContext(reports.toUri(), fs.getConf()).rename(latestTmp, new Path(reports, "LATEST"), Options.Rename.OVERWRITE);
        return done;
    }

    /** Moves the finished output into place; returns its final path. */
    String moveIntoPlace() throws IOException {
        Path done = new Path(reports, collection + "/" + runId);
        if (!fs.rename(staging, done)) {
            throw new IOException("cannot rename " + staging + " to " + done);
        }
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
