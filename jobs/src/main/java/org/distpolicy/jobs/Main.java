package org.distpolicy.jobs;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The command line: one sub-command per job. Exit codes: 0 ran (findings or not), 1 blocked,
 * 2 usage or runtime error.
 */
public final class Main {
    static final int OK = 0;
    static final int BLOCKED = 1;
    static final int USAGE_OR_ERROR = 2;

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
        return new RunCommand(args[0], command.summary(), command.packageRules()).run(rest, out, err);
    }

    /** The bundled sample archive, found from the launcher's home (or the working directory). */
    static String defaultArchive() {
        String home = System.getProperty("distpolicy.home", ".");
        return Path.of(home, "datasets", "sample", "archive").toAbsolutePath().normalize().toUri().toString();
    }

    private static void usage(PrintStream stream) {
        stream.println("usage: distpolicy COMMAND [OPTIONS]   (COMMAND --help for its options)");
        stream.println();
        stream.println("commands:");
        COMMANDS.forEach((name, command) -> stream.printf("  %-10s %s%n", name, command.summary()));
        stream.printf("  %-10s %s%n", "generate", GenerateCommand.SUMMARY);
    }
}
