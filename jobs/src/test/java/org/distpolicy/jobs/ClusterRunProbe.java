package org.distpolicy.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.SparkConf;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerBlockUpdated;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;

/**
 * Lives in a cluster run's driver ({@code spark.extraListeners}) and tells the test, through files
 * in {@value #DIR}, when to kill a worker and what Spark did about it: once the first job that
 * persisted partitions (the scan, whose artifacts are then persisted on the executors; keying the
 * artifacts for the facts cache comes before it and persists nothing) has ended, the first task that
 * starts names its executor in {@value #KILL}; {@value #EVENTS} gets one line per lost executor,
 * failed task, re-attempted stage and persisted partition stored ({@code rdd-block-stored <block> <executor>}).
 */
public final class ClusterRunProbe extends SparkListener {
    static final String DIR = "spark.distpolicy.probe.dir";
    static final String KILL = "kill-executor";
    static final String EVENTS = "events";

    private final Path dir;
    private final AtomicBoolean persisted = new AtomicBoolean();
    private final AtomicBoolean scanEnded = new AtomicBoolean();
    private final AtomicBoolean killRequested = new AtomicBoolean();

    public ClusterRunProbe(SparkConf conf) {
        this.dir = Path.of(conf.get(DIR));
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd jobEnd) {
        if (persisted.get()) {
            scanEnded.set(true);
        }
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart taskStart) {
        if (scanEnded.get() && killRequested.compareAndSet(false, true)) {
            try {
                // Written aside and moved, so the test never reads half an id.
                Path written = Files.writeString(dir.resolve(KILL + ".tmp"), taskStart.taskInfo().executorId());
                Files.move(written, dir.resolve(KILL), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
        event("executor-removed " + removed.executorId() + " " + removed.reason());
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        if (taskEnd.reason() != Success$.MODULE$) {
            event("task-failed stage " + taskEnd.stageId() + " on executor " + taskEnd.taskInfo().executorId() + ": "
                    + taskEnd.reason().getClass().getSimpleName());
        }
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        if (submitted.stageInfo().attemptNumber() > 0) {
            event("stage-reattempted " + submitted.stageInfo().stageId() + " attempt " + submitted.stageInfo().attemptNumber());
        }
    }

    @Override
    public void onBlockUpdated(SparkListenerBlockUpdated updated) {
        if (updated.blockUpdatedInfo().blockId().isRDD() && updated.blockUpdatedInfo().storageLevel().isValid()) {
            persisted.set(true);
            event("rdd-block-stored " + updated.blockUpdatedInfo().blockId() + " " + updated.blockUpdatedInfo().blockManagerId().executorId());
        }
    }

    private synchronized void event(String line) {
        try {
            Files.writeString(dir.resolve(EVENTS), line.replace('\n', ' ') + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
