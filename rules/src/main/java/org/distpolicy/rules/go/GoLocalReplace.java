package org.distpolicy.rules.go;

import org.distpolicy.gomod.GoReplace;
import org.distpolicy.rules.Severity;

/** {@code go/local-replace}: a {@code replace} to a directory, Go's path dependency. */
public final class GoLocalReplace extends GoReplaceRule {
    public static final GoLocalReplace INSTANCE = new GoLocalReplace();

    private GoLocalReplace() {
        super("go/local-replace", Severity.ERROR,
                "replace to a directory: a path dependency",
                """
                A replace directive whose target is a directory makes cmd/go build that directory
                instead of the required module. The directory is part of the author's checkout, not
                of the archive, so the distro build fails or, worse, builds whatever happens to be
                there. Example: `replace example.com/lib => ../lib`.""",
                "Package the replaced module and drop the replace, or require a released version of it.");
    }

    @Override
    boolean applies(GoReplace replace) {
        return replace.isLocalDirectory();
    }

    @Override
    String because(GoReplace replace) {
        return ": a directory, not a module version the archive can provide";
    }

    @Override
    String problemKey(GoReplace replace) {
        return replace.replaced();
    }
}
