package org.distpolicy.rules.go;

import org.distpolicy.gomod.GoReplace;
import org.distpolicy.rules.Severity;

/** {@code go/replace-to-fork}: a {@code replace} to another module path. */
public final class GoReplaceToFork extends GoReplaceRule {
    public static final GoReplaceToFork INSTANCE = new GoReplaceToFork();

    private GoReplaceToFork() {
        super("go/replace-to-fork", Severity.WARNING,
                "replace to another module path",
                """
                Replacing a module with a fork means the build uses code the archive packages under
                another name, if at all; security fixes to the original never reach it. Example:
                `replace github.com/pkg/errors v0.9.1 => github.com/fork/errors v0.9.2`. A replace
                that only pins another version of the same module is not a fork.""",
                "Get the fork's changes upstream, or package the fork as its own module and say so in the packaging.");
    }

    @Override
    boolean applies(GoReplace replace) {
        return !replace.isLocalDirectory() && !replace.newPath().equals(replace.oldPath());
    }

    @Override
    String because(GoReplace replace) {
        return "";
    }

    @Override
    String problemKey(GoReplace replace) {
        return replace.replaced() + "=>" + replace.newPath();
    }
}
