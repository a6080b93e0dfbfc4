package org.distpolicy.jobs;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.spark.sql.SparkSession;
import org.distpolicy.policy.Policy;
import org.distpolicy.rules.DistroProfile;
import org.distpolicy.rules.Severity;

/**
 * The command line: one sub-command per job. Exit codes: 0 ran (findings or not), 1 blocked,
 * 2 usage or runtime error.
 */
public final class Main {
    static final int OK = 0;
    static final int BLOCKED = 1;
    static final int USAGE_OR_ERROR = 2;
    static final int DEFAULT_KEEP_RUNS = Policy.DEFAULT_KEEP_RUNS;

    private record Command(String summary, boolean packageRules) {
    }

    private static final Map<String, Command> COMMANDS = new TreeMap<>(Map.of(
            "scan", new Command("read the archive: inventory and artifact/* findings only", false),
            "nightly", new Command("scan and check the archive with every rule, write a run's reports", true),
            "notify", new Command(NotifyCommand.SUMMARY, false),
            "bench", new Command("time every stage of nightly on an archive (--repeat runs after a warm-up) and print throughput", true),
            "gate", new Command(GateCommand.SUMMARY, true),
            "rebuild-order", new Command(RebuildOrderCommand.SUMMARY, true)));

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        // Under spark-submit on YARN in cluster mode, an application that calls System.exit(0) is marked failed: only return normally.
        if (code != OK) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            usage(out);
            return args.length == 0 ? USAGE_OR_ERROR : OK;
        }
        if (args[0].equals("generate")) {
            return GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("distpolicy: unknown command '" + args[0] + "'");
            usage(err);
            return USAGE_OR_ERROR;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (args[0].equals("gate")) {
            return new GateCommand().run(rest, out, err);
        }
        if (args[0].equals("rebuild-order")) {
            return new RebuildOrderCommand().run(rest, out, err);
        }
        if (args[0].equals("notify")) {
            return NotifyCommand.run(rest, out, err);
        }
        Options options = runOptions();
        CommandLine line;
        try {
            line = new DefaultParser().parse(options, rest);
        } catch (ParseException e) {
            err.println("distpolicy " + args[0] + ": " + e.getMessage());
            help(err, args[0], command, options);
            return USAGE_OR_ERROR;
        }
        if (line.hasOption("help")) {
            help(out, args[0], command, options);
            return OK;
        }
        if (!line.getArgList().isEmpty()) {
            err.println("distpolicy " + args[0] + ": unexpected arguments " + line.getArgList());
            return USAGE_OR_ERROR;
        }
        Policy policy;
        DistroProfile profile;
        try {
            policy = DistroOptions.policy(line);
            profile = DistroOptions.profile(policy, line);
        } catch (DistroOptions.UsageError e) {
            err.println("distpolicy " + args[0] + ": " + e.getMessage());
            return USAGE_OR_ERROR;
        }
        RunOptions runOptions = new RunOptions(
                line.getOptionValue("archive", defaultArchive()),
                line.getOptionValue("reports", "distpolicy-reports"),
                line.getOptionValue("master", "local[*]"),
                policy.limits(),
                profile,
                command.packageRules(),
                Integer.parseInt(line.getOptionValue("keep-runs", String.valueOf(policy.keepRuns()))),
                policy,
                cacheMode(args[0], line));
        Severity failOn;
        try {
            failOn = line.hasOption("fail-on") ? Severity.valueOf(line.getOptionValue("fail-on").toUpperCase(Locale.ROOT)) : null;
            if (runOptions.keepRuns() < 1) {
                throw new IllegalArgumentException("--keep-runs wants 1 or more");
            }
        } catch (IllegalArgumentException e) {
            err.println("distpolicy " + args[0] + ": " + (e.getMessage().startsWith("--") ? e.getMessage()
                    : "--fail-on wants error, warning or info, not '" + line.getOptionValue("fail-on") + "'"));
            return USAGE_OR_ERROR;
        }
        SparkSession spark = Sparks.session("distpolicy " + args[0], runOptions.master());
        try {
            if (args[0].equals("bench")) {
                Bench.run(spark, runOptions, Integer.parseInt(line.getOptionValue("repeat", "3")), out);
                return OK;
            }
            RunJob.Result result = RunJob.run(spark, runOptions);
            out.printf("run %s: %d artifacts, %d open findings; since the previous run %d new and %d fixed, waived ones included%n  %s/summary.md%n",
                    result.runId(), result.artifacts(), result.findings(), result.delta().added(), result.delta().fixed(), result.runPath());
            if (failOn != null) {
                long failing = Arrays.stream(Severity.values()).filter(s -> s.compareTo(failOn) <= 0)
                        .mapToLong(s -> result.bySeverity().getOrDefault(s.label(), 0L)).sum();
                if (failing > 0) {
                    err.printf("distpolicy %s: %d findings at or above %s (--fail-on)%n", args[0], failing, failOn.label());
                    return BLOCKED;
                }
            }
            return OK;
        } catch (Exception e) {
            err.println("distpolicy " + args[0] + ": " + e);
            return USAGE_OR_ERROR;
        } finally {
            spark.stop();
        }
    }

    /** The bundled sample archive, found from the launcher's home (or the working directory). */
    static String defaultArchive() {
        String home = System.getProperty("distpolicy.home", ".");
        return Path.of(home, "datasets", "sample", "archive").toAbsolutePath().normalize().toUri().toString();
    }

    /** bench measures full runs unless asked for nightlies over an unchanged archive. */
    private static CacheMode cacheMode(String command, CommandLine line) {
        if (line.hasOption("no-cache") || (command.equals("bench") && !line.hasOption("incremental"))) {
            return CacheMode.OFF;
        }
        return line.hasOption("trust-mtime") ? CacheMode.MTIME : CacheMode.CONTENT;
    }

    private static Options runOptions() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("archive").hasArg().argName("PATH")
                .desc("archive root on any Hadoop filesystem (file:, hdfs:, s3a:); default: the bundled sample archive").build());
        options.addOption(Option.builder().longOpt("reports").hasArg().argName("DIR")
                .desc("reports directory (runs/<run-id>/ and LATEST are written there); default: distpolicy-reports").build());
        options.addOption(Option.builder().longOpt("master").hasArg().argName("URL")
                .desc("Spark master when not run by spark-submit; default: local[*]").build());
        DistroOptions.addTo(options, "the distro's rustc, for cargo/rust-version-too-new",
                "the distro's Go release, for build tags, the standard library and go/go-version-too-new");
        options.addOption(Option.builder().longOpt("fail-on").hasArg().argName("SEVERITY")
                .desc("exit 1 when the run has findings of this severity or worse (error, warning, info)").build());
        options.addOption(Option.builder().longOpt("keep-runs").hasArg().argName("N")
                .desc("complete runs to keep in the reports directory, older ones are deleted; default: the policy's [history] keep-runs, else " + DEFAULT_KEEP_RUNS).build());
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
        options.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return options;
    }

    private static void usage(PrintStream stream) {
        stream.println("usage: distpolicy COMMAND [OPTIONS]   (COMMAND --help for its options)");
        stream.println();
        stream.println("commands:");
        COMMANDS.forEach((name, command) -> stream.printf("  %-10s %s%n", name, command.summary()));
        stream.printf("  %-10s %s%n", "generate", GenerateCommand.SUMMARY);
    }

    private static void help(PrintStream stream, String name, Command command, Options options) {
        PrintWriter writer = new PrintWriter(stream);
        new HelpFormatter().printHelp(writer, 100, "distpolicy " + name + " [OPTIONS]",
                command.summary() + "\n\n", options, 2, 2,
                "\nExit codes: 0 ran (findings or not), 2 usage or runtime error.", false);
        writer.flush();
    }
}
