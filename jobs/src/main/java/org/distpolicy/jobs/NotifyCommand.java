package org.distpolicy.jobs;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.hadoop.conf.Configuration;
import org.distpolicy.policy.Policy;
import org.distpolicy.policy.PolicyException;
import org.distpolicy.policy.PolicyParser;
import org.distpolicy.reports.notify.Delivery;
import org.distpolicy.reports.notify.DigestLayout;
import org.distpolicy.reports.notify.Notifier;
import org.distpolicy.reports.notify.OutboxDelivery;
import org.distpolicy.reports.notify.SmtpDelivery;

/**
 * {@code distpolicy notify}: mails each maintainer a digest of the latest complete run. Reads the
 * reports with parquet-mr and never starts Spark. Exit codes: 0 every due digest was delivered
 * (or none was due), 1 some were not (they are retried by the next run), 2 usage or runtime error.
 */
final class NotifyCommand {
    static final String SUMMARY = "mail each maintainer a digest of the latest run: new, due reminders, fixed (dry run into an outbox unless --smtp)";
    static final String PASSWORD_VARIABLE = "DISTPOLICY_SMTP_PASSWORD";
    static final int UNDELIVERED = 1;

    private NotifyCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options = options();
        CommandLine line;
        try {
            // No abbreviations: --smtp-password must not pass for --smtp-password-file and put a password on the command line.
            line = DefaultParser.builder().setAllowPartialMatching(false).build().parse(options, args);
            if (line.hasOption("outbox") && line.hasOption("smtp")) {
                throw new ParseException("--outbox and --smtp exclude each other");
            }
            if (!line.getArgList().isEmpty()) {
                throw new ParseException("unexpected arguments " + line.getArgList());
            }
        } catch (ParseException e) {
            err.println("distpolicy notify: " + e.getMessage());
            help(err, options);
            return Main.USAGE_OR_ERROR;
        }
        if (line.hasOption("help")) {
            help(out, options);
            return Main.OK;
        }
        String policyFile = line.getOptionValue("policy");
        try {
            Policy policy = policyFile == null ? Policy.defaults() : PolicyParser.read(Path.of(policyFile));
            Notifier notifier = new Notifier(line.getOptionValue("reports", "distpolicy-reports"), new Configuration(),
                    policy.notifications(), Clock.systemUTC(), DigestLayout.Limits.DEFAULT);
            String target;
            Notifier.Result result;
            try (Delivery delivery = delivery(line)) {
                target = line.hasOption("smtp") ? "sent via " + line.getOptionValue("smtp")
                        : "written to " + Path.of(line.getOptionValue("outbox", "distpolicy-outbox")).toAbsolutePath() + " (dry run)";
                result = notifier.run(delivery);
            }
            out.printf("run %s: %d digests due, %d %s%s%n", result.runId(), result.planned(), result.delivered(), target,
                    result.deferred() > 0 ? ", " + result.deferred() + " deferred by max-mails-per-run" : "");
            result.failures().forEach(f -> err.println("distpolicy notify: not delivered, retried next run: " + f));
            return result.failures().isEmpty() ? Main.OK : UNDELIVERED;
        } catch (PolicyException e) {
            err.println("distpolicy notify: " + e.describe(policyFile));
        } catch (IllegalArgumentException e) {
            err.println("distpolicy notify: " + e.getMessage());
        } catch (Exception e) {
            err.println("distpolicy notify: " + e);
        }
        return Main.USAGE_OR_ERROR;
    }

    private static Delivery delivery(CommandLine line) throws IOException {
        if (!line.hasOption("smtp")) {
            return new OutboxDelivery(Path.of(line.getOptionValue("outbox", "distpolicy-outbox")), Clock.systemUTC());
        }
        String server = line.getOptionValue("smtp");
        int colon = server.lastIndexOf(':');
        if (colon <= 0 || !server.substring(colon + 1).matches("[0-9]{1,5}")) {
            throw new IllegalArgumentException("--smtp wants HOST:PORT, e.g. mail.example.org:587, not '" + server + "'");
        }
        int perMinute = Integer.parseInt(line.getOptionValue("rate", "30"));
        if (perMinute < 1) {
            throw new IllegalArgumentException("--rate wants 1 or more mails per minute");
        }
        String user = line.getOptionValue("smtp-user");
        return new SmtpDelivery(server.substring(0, colon), Integer.parseInt(server.substring(colon + 1)), user,
                user == null ? null : password(line), Duration.ofMinutes(1).dividedBy(perMinute));
    }

    /** The SMTP password from --smtp-password-file (its first line) or the environment, never from the command line. */
    private static String password(CommandLine line) throws IOException {
        if (line.hasOption("smtp-password-file")) {
            return Files.readAllLines(Path.of(line.getOptionValue("smtp-password-file")), StandardCharsets.UTF_8).stream()
                    .findFirst().orElse("");
        }
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null) {
            throw new IllegalArgumentException("--smtp-user needs a password in $" + PASSWORD_VARIABLE + " or --smtp-password-file");
        }
        return password;
    }

    private static Options options() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("reports").hasArg().argName("DIR")
                .desc("reports directory whose LATEST run is reported; the ledger is kept in its notify/ledger/; default: distpolicy-reports").build());
        options.addOption(Option.builder().longOpt("policy").hasArg().argName("FILE")
                .desc("policy file: [notify] from, remind-after-days, opt-out, max-mails-per-run").build());
        options.addOption(Option.builder().longOpt("outbox").hasArg().argName("DIR")
                .desc("dry run (the default): write NNN-<address>.eml files and digests.mbox here, record nothing; default: distpolicy-outbox").build());
        options.addOption(Option.builder().longOpt("smtp").hasArg().argName("HOST:PORT")
                .desc("deliver through this mail server (STARTTLS when offered, required with --smtp-user) and record each accepted mail").build());
        options.addOption(Option.builder().longOpt("smtp-user").hasArg().argName("USER")
                .desc("log in as USER; the password comes from $" + PASSWORD_VARIABLE + " or --smtp-password-file").build());
        options.addOption(Option.builder().longOpt("smtp-password-file").hasArg().argName("FILE")
                .desc("file whose first line is the SMTP password").build());
        options.addOption(Option.builder().longOpt("rate").hasArg().argName("N")
                .desc("at most N mails per minute through --smtp; default: 30").build());
        options.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return options;
    }

    private static void help(PrintStream stream, Options options) {
        PrintWriter writer = new PrintWriter(stream);
        new HelpFormatter().printHelp(writer, 100, "distpolicy notify [OPTIONS]", SUMMARY + "\n\n", options, 2, 2,
                "\nExit codes: 0 every due digest delivered (or none due), 1 some not delivered (retried next run), 2 usage or runtime error.", false);
        writer.flush();
    }
}
