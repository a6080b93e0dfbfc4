package org.distpolicy.jobs;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.spark.sql.SparkSession;
import org.distpolicy.policy.Policy;
import org.distpolicy.rules.DistroProfile;
import org.distpolicy.rules.Severity;

/** {@code distpolicy scan}, {@code nightly} and {@code bench}: a run over an archive into the reports directory. */
final class RunCommand extends SparkCommand<RunCommand.Prepared> {
    /** @param failOn null without --fail-on */
    record Prepared(RunOptions options, Severity failOn, int repeat) {
    }

    private final String name;
    private final boolean packageRules;

    RunCommand(String name, String summary, boolean packageRules) {
        super(name, summary, "distpolicy " + name + " [OPTIONS]",
                "0 ran (findings or not), 1 --fail-on matched, 2 usage or runtime error.");
        this.name = name;
        this.packageRules = packageRules;
    }

    @Override
    protected Prepared prepare(CommandLine line) throws DistroOptions.UsageError {
        Policy policy = DistroOptions.policy(line);
        DistroProfile profile = DistroOptions.profile(policy, line);
        int keepRuns = positive(line, "keep-runs", policy.keepRuns());
        Severity failOn = null;
        if (line.hasOption("fail-on")) {
            try {
                failOn = Severity.valueOf(line.getOptionValue("fail-on").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DistroOptions.UsageError("--fail-on wants error, warning or info, not '" + line.getOptionValue("fail-on") + "'");
            }
        }
        RunOptions options = new RunOptions(
                line.getOptionValue("archive", Main.defaultArchive()),
                line.getOptionValue("reports", "distpolicy-reports"),
                line.getOptionValue("master", "local[*]"),
                policy.limits(),
                profile,
                packageRules,
                keepRuns,
                policy,
                cacheMode(line));
        return new Prepared(options, failOn, positive(line, "repeat", 3));
    }

    @Override
    protected int execute(SparkSession spark, Prepared p, PrintStream out, PrintStream err) throws Exception {
        if (name.equals("bench")) {
            Bench.run(spark, p.options(), p.repeat(), out);
            return Main.OK;
        }
        RunJob.Result result = RunJob.run(spark, p.options());
        out.printf("run %s: %d artifacts, %d open findings; since the previous run %d new and %d fixed, waived ones included%n  %s/summary.md%n",
                result.runId(), result.artifacts(), result.findings(), result.delta().added(), result.delta().fixed(), result.runPath());
        if (p.failOn() != null) {
            long failing = Arrays.stream(Severity.values()).filter(s -> s.compareTo(p.failOn()) <= 0)
                    .mapToLong(s -> result.bySeverity().getOrDefault(s.label(), 0L)).sum();
            if (failing > 0) {
                err.printf("distpolicy %s: %d findings at or above %s (--fail-on)%n", name, failing, p.failOn().label());
                return Main.BLOCKED;
            }
        }
        return Main.OK;
    }

    private static int positive(CommandLine line, String option, int defaultValue) throws DistroOptions.UsageError {
        if (!line.hasOption(option)) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(line.getOptionValue(option));
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a value under 1
        }
        throw new DistroOptions.UsageError("--" + option + " wants 1 or more, not '" + line.getOptionValue(option) + "'");
    }

    /** bench measures full runs unless asked for nightlies over an unchanged archive. */
    private CacheMode cacheMode(CommandLine line) {
        if (line.hasOption("no-cache") || (name.equals("bench") && !line.hasOption("incremental"))) {
            return CacheMode.OFF;
        }
        return line.hasOption("trust-mtime") ? CacheMode.MTIME : CacheMode.CONTENT;
    }

    @Override
    protected Options options() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("archive").hasArg().argName("PATH")
                .desc("archive root on any Hadoop filesystem (file:, hdfs:, s3a:); default: the bundled sample archive").build());
        options.addOption(Option.builder().longOpt("reports").hasArg().argName("DIR")
                .desc("reports directory (runs/<run-id>/ and LATEST are written there); default: distpolicy-reports").build());
        DistroOptions.addTo(options, "the distro's rustc, for cargo/rust-version-too-new",
                "the distro's Go release, for build tags, the standard library and go/go-version-too-new");
        options.addOption(Option.builder().longOpt("fail-on").hasArg().argName("SEVERITY")
                .desc("exit 1 when the run has findings of this severity or worse (error, warning, info)").build());
        options.addOption(Option.builder().longOpt("keep-runs").hasArg().argName("N")
                .desc("complete runs to keep in the reports directory, older ones are deleted; default: the policy's [history] keep-runs, else "
                        + Policy.DEFAULT_KEEP_RUNS).build());
        options.addOption(Option.builder().longOpt("no-cache")
                .desc("read every artifact and check everything again; the facts cache (<reports>/cache/) is neither read nor written").build());
        options.addOption(Option.builder().longOpt("trust-mtime")
                .desc("tell an unchanged .crate/.zip/.mod file by its size and modification time instead of hashing its bytes "
                        + "(unpacked directories are always told by their files' sizes and modification times)").build());
        options.addOption(Option.builder().longOpt("incremental")
                .desc("bench only: use the facts cache, so the warm-up run fills it and the measured runs are nightlies over an unchanged archive; "
                        + "default: every run reads and checks everything").build());
        options.addOption(Option.builder().longOpt("repeat").hasArg().argName("N")
                .desc("bench only: measured runs after one warm-up run; default: 3").build());
        return options;
    }
}
