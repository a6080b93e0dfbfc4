package org.distpolicy.policy;

import java.io.Serializable;
import java.util.List;
import org.distpolicy.rules.DistroProfile;

/**
 * The policy file's {@code [distro]}: what the distro is, with {@link DistroProfile}'s defaults for
 * whatever the file leaves out.
 *
 * @param name a label for reports ("example-linux 42"); "" when unset
 */
public record DistroSettings(String name, String rustc, String go, List<String> targets) implements Serializable {
    public static final DistroSettings DEFAULTS =
            new DistroSettings("", DistroProfile.DEFAULT_RUSTC, DistroProfile.DEFAULT_GO, DistroProfile.DEFAULT_TARGETS);

    public DistroSettings {
        targets = List.copyOf(targets);
    }

    /**
     * The profile a run uses: a command-line option, when given (non-null), wins over the file, so
     * one policy file can serve a quick "what if the distro had rustc 1.90" run.
     */
    public DistroProfile profileWith(String rustcOption, String goOption, List<String> targetsOption) {
        return new DistroProfile(
                rustcOption != null ? rustcOption : rustc,
                goOption != null ? goOption : go,
                targetsOption != null ? targetsOption : targets);
    }
}
