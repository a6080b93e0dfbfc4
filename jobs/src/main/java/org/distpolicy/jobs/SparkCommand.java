package org.distpolicy.jobs;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.spark.sql.SparkSession;

/**
 * A sub-command with options of its own that runs one Spark job: parsing, --help, --master and
 * the exit codes are shared. Options are checked before Spark starts.
 *
 * @param <T> what the checked options become
 */
abstract class SparkCommand<T> {
    private final String name;
    private final String summary;
    private final String usage;
    private final String exitCodes;

    protected SparkCommand(String name, String summary, String usage, String exitCodes) {
        this.name = name;
        this.summary = summary;
        this.usage = usage;
        this.exitCodes = exitCodes;
    }

    /** The command's own options (--master and --help are added). */
    protected abstract Options options();

    /** The checked options; a usage error is exit 2 before Spark starts. */
    protected abstract T prepare(CommandLine line) throws DistroOptions.UsageError;

    /** Runs the job; its exit code. An IllegalArgumentException is a usage error found late (exit 2, its message). */
    protected abstract int execute(SparkSession spark, T prepared, PrintStream out, PrintStream err) throws Exception;

    final int run(String[] args, PrintStream out, PrintStream err) {
        Options options = options();
        options.addOption(Option.builder().longOpt("master").hasArg().argName("URL")
                .desc("Spark master when not run by spark-submit; default: local[*]").build());
        options.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        CommandLine line;
        try {
            line = new DefaultParser().parse(options, args);
        } catch (ParseException e) {
            err.println("distpolicy " + name + ": " + e.getMessage());
            help(err, options);
            return Main.USAGE_OR_ERROR;
        }
        if (line.hasOption("help")) {
            help(out, options);
            return Main.OK;
        }
        T prepared;
        try {
            if (!line.getArgList().isEmpty()) {
                throw new DistroOptions.UsageError("unexpected arguments " + line.getArgList());
            }
            prepared = prepare(line);
        } catch (DistroOptions.UsageError e) {
            err.println("distpolicy " + name + ": " + e.getMessage());
            return Main.USAGE_OR_ERROR;
        }
        SparkSession spark = Sparks.session("distpolicy " + name, line.getOptionValue("master", "local[*]"));
        try {
            return execute(spark, prepared, out, err);
        } catch (IllegalArgumentException e) {
            err.println("distpolicy " + name + ": " + e.getMessage());
            return Main.USAGE_OR_ERROR;
        } catch (Exception e) {
            err.println("distpolicy " + name + ": " + e);
            return Main.USAGE_OR_ERROR;
        } finally {
            spark.stop();
        }
    }

    private void help(PrintStream stream, Options options) {
        PrintWriter writer = new PrintWriter(stream);
        new HelpFormatter().printHelp(writer, 100, usage, summary + "\n\n", options, 2, 2, "\nExit codes: " + exitCodes, false);
        writer.flush();
    }
}
