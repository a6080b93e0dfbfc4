package org.distpolicy.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.distpolicy.cargo.cfg.TargetSpec;
import org.distpolicy.goresolve.GoTargets;
import org.distpolicy.goresolve.GoToolchainVersion;
import org.distpolicy.policy.Policy;
import org.distpolicy.policy.PolicyException;
import org.distpolicy.policy.PolicyParser;
import org.distpolicy.rules.DistroProfile;

/** The options every checking command shares: the policy file and the distro's toolchains and targets. */
final class DistroOptions {
    /** A bad option value: the message says which and why. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    private DistroOptions() {
    }

    static void addTo(Options options, String rustcUse, String goUse) {
        options.addOption(Option.builder().longOpt("policy").hasArg().argName("FILE")
                .desc("policy file (TOML; see the README's \"Policy file\"): distro, limits, severities, waivers, maintainers; "
                        + "--rustc, --go and --target win over its [distro]").build());
        options.addOption(Option.builder().longOpt("rustc").hasArg().argName("VERSION")
                .desc(rustcUse + "; default: the policy's, else " + DistroProfile.DEFAULT_RUSTC).build());
        options.addOption(Option.builder().longOpt("go").hasArg().argName("VERSION")
                .desc(goUse + "; default: the policy's, else " + DistroProfile.DEFAULT_GO).build());
        options.addOption(Option.builder().longOpt("target").hasArgs().valueSeparator(',').argName("TRIPLE")
                .desc("a target the distro builds, for cfg() target tables and Go's GOOS/GOARCH (repeatable or comma-separated); default: the policy's, else "
                        + String.join(",", DistroProfile.DEFAULT_TARGETS)).build());
    }

    static Policy policy(CommandLine line) throws UsageError {
        String file = line.getOptionValue("policy");
        try {
            return file == null ? Policy.defaults() : PolicyParser.read(Path.of(file));
        } catch (PolicyException e) {
            throw new UsageError(e.describe(file));
        } catch (IOException e) {
            throw new UsageError("cannot read the policy file: " + e);
        }
    }

    /** The distro's profile: the policy's, with the options that were given winning; checked. */
    static DistroProfile profile(Policy policy, CommandLine line) throws UsageError {
        List<String> targetOption = line.hasOption("target")
                ? Arrays.stream(line.getOptionValues("target")).flatMap(t -> Arrays.stream(t.split(","))).map(String::trim).toList()
                : null;
        DistroProfile profile = policy.distro().profileWith(line.getOptionValue("rustc"), line.getOptionValue("go"), targetOption);
        for (String target : profile.targets()) {
            if (TargetSpec.lookup(target).isEmpty()) {
                throw new UsageError("unknown target triple '" + target + "'");
            }
        }
        if (GoTargets.of(profile.targets()).isEmpty()) {
            throw new UsageError("none of the targets is a system Go builds for: " + String.join(",", profile.targets()));
        }
        if (!GoToolchainVersion.isValid(profile.go())) {
            throw new UsageError("--go wants a Go release such as 1.24, not '" + profile.go() + "'");
        }
        return profile;
    }
}
