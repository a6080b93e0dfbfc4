package org.distpolicy.jobs;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.distpolicy.datasets.synthetic.GroundTruth;
import org.distpolicy.datasets.synthetic.SyntheticArchive;

/** {@code distpolicy generate}: writes a synthetic archive and its ground truth, without Spark. */
final class GenerateCommand {
    static final String SUMMARY = "write a synthetic archive of N crates and M Go modules with injected problems and the findings it must produce";

    private GenerateCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options = options();
        CommandLine line;
        try {
            line = new DefaultParser().parse(options, args);
        } catch (ParseException e) {
            err.println("distpolicy generate: " + e.getMessage());
            help(err, options);
            return Main.USAGE_OR_ERROR;
        }
        if (line.hasOption("help")) {
            help(out, options);
            return Main.OK;
        }
        if (!line.hasOption("out") || !line.getArgList().isEmpty()) {
            err.println("distpolicy generate: --out DIR is required, and nothing else");
            return Main.USAGE_OR_ERROR;
        }
        try {
            int crates = Integer.parseInt(line.getOptionValue("crates", "1000"));
            int goModules = Integer.parseInt(line.getOptionValue("go-modules", String.valueOf(crates / 10)));
            long seed = Long.parseLong(line.getOptionValue("seed", "1"));
            double rate = Double.parseDouble(line.getOptionValue("problem-rate", String.valueOf(SyntheticArchive.DEFAULT_PROBLEM_RATE)));
            if (crates < 0 || goModules < 0 || rate < 0 || rate > 1) {
                throw new NumberFormatException("counts must be 0 or more and --problem-rate between 0 and 1");
            }
            Path dir = Path.of(line.getOptionValue("out"));
            long start = System.nanoTime();
            SyntheticArchive.Summary summary = SyntheticArchive.write(dir, crates, goModules, seed, rate);
            out.printf("wrote %d artifacts to %s in %.1f s: %d crate versions, %d Go module versions, %d damaged, 1 stray file;%n"
                            + "  %d expected findings in %s%n",
                    summary.artifacts(), dir.resolve(SyntheticArchive.ARCHIVE), (System.nanoTime() - start) / 1e9, summary.crateVersions(), summary.goModuleVersions(),
                    summary.damaged(), summary.expectedFindings(), dir.resolve(GroundTruth.FILE_NAME));
            return Main.OK;
        } catch (NumberFormatException e) {
            err.println("distpolicy generate: " + e.getMessage());
            return Main.USAGE_OR_ERROR;
        } catch (IOException | RuntimeException e) {
            err.println("distpolicy generate: " + e);
            return Main.USAGE_OR_ERROR;
        }
    }

    private static Options options() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("crates").hasArg().argName("N").desc("crates to generate (popular ones get 2-3 versions); default: 1000").build());
        options.addOption(Option.builder().longOpt("go-modules").hasArg().argName("M").desc("Go modules to generate; default: crates / 10").build());
        options.addOption(Option.builder().longOpt("seed").hasArg().argName("S").desc("random seed: the same seed writes the same bytes; default: 1").build());
        options.addOption(Option.builder().longOpt("problem-rate").hasArg().argName("R")
                .desc("share of package versions with one injected problem; default: " + SyntheticArchive.DEFAULT_PROBLEM_RATE).build());
        options.addOption(Option.builder().longOpt("out").hasArg().argName("DIR").desc("directory to write (must not hold a generated archive yet)").build());
        options.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return options;
    }

    private static void help(PrintStream stream, Options options) {
        PrintWriter writer = new PrintWriter(stream);
        new HelpFormatter().printHelp(writer, 100, "distpolicy generate --out DIR [OPTIONS]", SUMMARY + "\n\n", options, 2, 2,
                "\nWrites DIR/" + SyntheticArchive.ARCHIVE + "/ (crates/, goproxy/, gocode/src/, a stray README.txt) and DIR/" + GroundTruth.FILE_NAME
                        + " (rule, package, version, subject of every finding nightly must produce).", false);
        writer.flush();
    }
}
