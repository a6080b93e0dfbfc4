package org.distpolicy.jobs;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.spark.sql.SparkSession;
import org.distpolicy.policy.Policy;
import org.distpolicy.release.PackageSelector;
import org.distpolicy.rules.DistroProfile;

/** {@code distpolicy rebuild-order}: the waves to rebuild the archive (or a change set's reverse dependencies) in. */
final class RebuildOrderCommand {
    static final String SUMMARY = "the order to rebuild the archive, or what a change set affects, in waves; cycles with their bootstrap";

    private RebuildOrderCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options = options();
        CommandLine line;
        try {
            line = new DefaultParser().parse(options, args);
        } catch (ParseException e) {
            err.println("distpolicy rebuild-order: " + e.getMessage());
            help(err, options);
            return Main.USAGE_OR_ERROR;
        }
        if (line.hasOption("help")) {
            help(out, options);
            return Main.OK;
        }
        Policy policy;
        DistroProfile profile;
        List<PackageSelector> changed = List.of();
        try {
            if (!line.getArgList().isEmpty()) {
                throw new DistroOptions.UsageError("unexpected arguments " + line.getArgList());
            }
            policy = DistroOptions.policy(line);
            profile = DistroOptions.profile(policy, line);
            if (line.hasOption("changed")) {
                changed = PackageSelector.parseLines(Files.readString(Path.of(line.getOptionValue("changed")), StandardCharsets.UTF_8));
            }
        } catch (DistroOptions.UsageError | IOException | IllegalArgumentException e) {
            err.println("distpolicy rebuild-order: " + e.getMessage());
            return Main.USAGE_OR_ERROR;
        }
        String reports = line.getOptionValue("reports", "distpolicy-reports");
        SparkSession spark = Sparks.session("distpolicy rebuild-order", line.getOptionValue("master", "local[*]"));
        try {
            String archive = line.getOptionValue("archive");
            RunTables run = null;
            if (archive == null) {
                Optional<RunTables> found = RunTables.at(spark, line.getOptionValue("run", reports));
                if (found.isEmpty()) {
                    err.println("distpolicy rebuild-order: no complete run in " + line.getOptionValue("run", reports)
                            + "; give --archive, or run nightly first");
                    return Main.USAGE_OR_ERROR;
                }
                run = found.get();
            }
            RebuildOrderJob.Result result = RebuildOrderJob.run(spark,
                    new RebuildOrderJob.Options(archive, run, reports, policy.limits(), profile, changed, policy));
            long waves = result.order().steps().stream().mapToInt(s -> s.wave()).max().orElse(0);
            out.printf("rebuild order %s: %d builds in %d waves, %d cycles%n  %s/rebuild-order.md%n", result.order().id(),
                    result.order().steps().size(), waves, result.order().cycles().size(), result.path());
            return Main.OK;
        } catch (IllegalArgumentException e) {
            err.println("distpolicy rebuild-order: " + e.getMessage());
            return Main.USAGE_OR_ERROR;
        } catch (Exception e) {
            err.println("distpolicy rebuild-order: " + e);
            return Main.USAGE_OR_ERROR;
        } finally {
            spark.stop();
        }
    }

    private static Options options() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("archive").hasArg().argName("PATH")
                .desc("scan this archive for the graph; default: read the graph of a complete run (--run)").build());
        options.addOption(Option.builder().longOpt("run").hasArg().argName("DIR")
                .desc("a complete run (runs/<run-id>) or a reports directory (its LATEST run) to read the graph from; default: --reports").build());
        options.addOption(Option.builder().longOpt("reports").hasArg().argName("DIR")
                .desc("reports directory: the order is written to rebuild-orders/<id>/; default: distpolicy-reports").build());
        options.addOption(Option.builder().longOpt("changed").hasArg().argName("FILE")
                .desc("only these packages and what needs them, transitively: one 'package' or 'package@version' a line").build());
        options.addOption(Option.builder().longOpt("master").hasArg().argName("URL")
                .desc("Spark master when not run by spark-submit; default: local[*]").build());
        DistroOptions.addTo(options, "the distro's rustc (with --archive)", "the distro's Go release (with --archive)");
        options.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return options;
    }

    private static void help(PrintStream stream, Options options) {
        PrintWriter writer = new PrintWriter(stream);
        new HelpFormatter().printHelp(writer, 100, "distpolicy rebuild-order [--archive PATH | --run DIR] [OPTIONS]", SUMMARY + "\n\n", options, 2, 2,
                "\nExit codes: 0 written, 2 usage or runtime error.", false);
        writer.flush();
    }
}
