package org.distpolicy.jobs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.spark.sql.SparkSession;
import org.distpolicy.policy.Policy;
import org.distpolicy.release.PackageSelector;
import org.distpolicy.rules.DistroProfile;

/** {@code distpolicy rebuild-order}: the waves to rebuild the archive (or a change set's reverse dependencies) in. */
final class RebuildOrderCommand extends SparkCommand<RebuildOrderCommand.Prepared> {
    static final String SUMMARY = "the order to rebuild the archive, or what a change set affects, in waves; cycles with their bootstrap";

    /** @param archive null to read the graph of the run at {@code run} */
    record Prepared(String archive, String run, String reports, Policy policy, DistroProfile profile, List<PackageSelector> changed) {
    }

    RebuildOrderCommand() {
        super("rebuild-order", SUMMARY, "distpolicy rebuild-order [--archive PATH | --run DIR] [OPTIONS]", "0 written, 2 usage or runtime error.");
    }

    @Override
    protected Prepared prepare(CommandLine line) throws DistroOptions.UsageError {
        Policy policy = DistroOptions.policy(line);
        DistroProfile profile = DistroOptions.profile(policy, line);
        List<PackageSelector> changed = List.of();
        if (line.hasOption("changed")) {
            try {
                changed = PackageSelector.parseLines(Files.readString(Path.of(line.getOptionValue("changed")), StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                throw new DistroOptions.UsageError(line.getOptionValue("changed") + ": " + e.getMessage());
            }
        }
        String reports = line.getOptionValue("reports", "distpolicy-reports");
        return new Prepared(line.getOptionValue("archive"), line.getOptionValue("run", reports), reports, policy, profile, changed);
    }

    @Override
    protected int execute(SparkSession spark, Prepared p, PrintStream out, PrintStream err) throws IOException {
        RunTables run = null;
        if (p.archive() == null) {
            Optional<RunTables> found = RunTables.at(spark, p.run());
            if (found.isEmpty()) {
                throw new IllegalArgumentException("no complete run in " + p.run() + "; give --archive, or run nightly first");
            }
            run = found.get();
        }
        RebuildOrderJob.Result result = RebuildOrderJob.run(spark,
                new RebuildOrderJob.Options(p.archive(), run, p.reports(), p.policy().limits(), p.profile(), p.changed(), p.policy()));
        long waves = result.order().steps().stream().mapToInt(s -> s.wave()).max().orElse(0);
        out.printf("rebuild order %s: %d builds in %d waves, %d cycles%n  %s/rebuild-order.md%n", result.order().id(),
                result.order().steps().size(), waves, result.order().cycles().size(), result.path());
        return Main.OK;
    }

    @Override
    protected Options options() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("archive").hasArg().argName("PATH")
                .desc("scan this archive for the graph; default: read the graph of a complete run (--run)").build());
        options.addOption(Option.builder().longOpt("run").hasArg().argName("DIR")
                .desc("a complete run (runs/<run-id>) or a reports directory (its LATEST run) to read the graph from; default: --reports").build());
        options.addOption(Option.builder().longOpt("reports").hasArg().argName("DIR")
                .desc("reports directory: the order is written to rebuild-orders/<id>/; default: distpolicy-reports").build());
        options.addOption(Option.builder().longOpt("changed").hasArg().argName("FILE")
                .desc("only these packages and what needs them, transitively: one 'package' or 'package@version' a line").build());
        DistroOptions.addTo(options, "the distro's rustc (with --archive)", "the distro's Go release (with --archive)");
        return options;
    }
}
