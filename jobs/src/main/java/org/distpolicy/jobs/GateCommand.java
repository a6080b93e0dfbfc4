package org.distpolicy.jobs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.spark.sql.SparkSession;
import org.distpolicy.policy.Policy;
import org.distpolicy.release.ChangeSet;
import org.distpolicy.release.PackageSelector;
import org.distpolicy.reports.GateVerdict;
import org.distpolicy.rules.DistroProfile;
import org.distpolicy.rules.Severity;

/** {@code distpolicy gate}: would the candidate break the archive, and which change did. */
final class GateCommand extends SparkCommand<GateJob.Options> {
    static final String SUMMARY = "release gate: check a candidate change set against a baseline; exit 1 when it adds blocking findings";

    GateCommand() {
        super("gate", SUMMARY, "distpolicy gate --baseline ARCHIVE|RUN --candidate DIR [OPTIONS]",
                "0 passed, 1 blocked (new blocking findings), 2 usage or runtime error.");
    }

    @Override
    protected int execute(SparkSession spark, GateJob.Options gate, PrintStream out, PrintStream err) throws IOException {
        GateJob.Result result = GateJob.run(spark, gate);
        GateVerdict v = result.verdict();
        out.printf("gate %s: %s: %d new findings (%d blocking), %d fixed, %d persisting%n  %s/gate.md%n", v.gateId(),
                v.passed() ? "PASSED" : "FAILED", v.newFindings(), v.blockingFindings(), v.fixedFindings(), v.persistingFindings(), result.path());
        return v.passed() ? Main.OK : Main.BLOCKED;
    }

    @Override
    protected GateJob.Options prepare(CommandLine line) throws DistroOptions.UsageError {
        if (!line.hasOption("baseline") || !line.hasOption("candidate")) {
            throw new DistroOptions.UsageError("--baseline and --candidate are required");
        }
        Policy policy = DistroOptions.policy(line);
        DistroProfile candidateProfile = DistroOptions.profile(policy, line);
        DistroProfile baselineProfile = policy.distro().profileWith(null, null, candidateProfile.targets());
        List<PackageSelector> removals = List.of();
        if (line.hasOption("remove")) {
            try {
                removals = PackageSelector.parseLines(Files.readString(Path.of(line.getOptionValue("remove")), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new DistroOptions.UsageError("cannot read the removal list: " + e);
            } catch (IllegalArgumentException e) {
                throw new DistroOptions.UsageError(line.getOptionValue("remove") + ": " + e.getMessage());
            }
        }
        Severity blocking;
        try {
            blocking = line.hasOption("block-on") ? Severity.valueOf(line.getOptionValue("block-on").toUpperCase(Locale.ROOT)) : policy.gateBlockOn();
        } catch (IllegalArgumentException e) {
            throw new DistroOptions.UsageError("--block-on wants error, warning or info, not '" + line.getOptionValue("block-on") + "'");
        }
        return new GateJob.Options(line.getOptionValue("baseline"), line.getOptionValue("candidate"), removals,
                line.getOptionValue("reports", "distpolicy-reports"), policy.limits(),
                baselineProfile, candidateProfile, new ChangeSet.WhatIf(line.getOptionValue("rustc"), line.getOptionValue("go")),
                policy, blocking);
    }

    @Override
    protected Options options() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("baseline").hasArg().argName("ARCHIVE|RUN")
                .desc("the archive as it is: an archive root on any Hadoop filesystem, or a complete run of it (a runs/<run-id> "
                        + "directory, or a reports directory for its LATEST run), whose cached facts are checked again without reading the archive")
                .build());
        options.addOption(Option.builder().longOpt("candidate").hasArg().argName("DIR")
                .desc("added or updated artifacts, in any archive layout: a crate version replaces the baseline's versions of its "
                        + "semver-compatible line, a Go module version every version of its module path; anything else is added").build());
        options.addOption(Option.builder().longOpt("remove").hasArg().argName("FILE")
                .desc("packages the candidate removes, one 'package' (every version) or 'package@version' a line; # comments").build());
        options.addOption(Option.builder().longOpt("reports").hasArg().argName("DIR")
                .desc("reports directory: the gate is written to gates/<gate-id>/; default: distpolicy-reports").build());
        options.addOption(Option.builder().longOpt("block-on").hasArg().argName("SEVERITY")
                .desc("new findings of this severity or worse block (error, warning, info); default: the policy's [gate] block-on, else error").build());
        DistroOptions.addTo(options, "what-if: judge the candidate as if the distro moved to this rustc (the baseline keeps the policy's)",
                "what-if: judge the candidate as if the distro moved to this Go release (the baseline keeps the policy's)");
        return options;
    }
}
