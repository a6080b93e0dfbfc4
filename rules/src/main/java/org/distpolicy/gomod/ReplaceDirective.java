package org.distpolicy.gomod;

import static org.distpolicy.gomod.GoStrconv.quote;

import java.util.List;
import org.distpolicy.manifest.ManifestException;

/**
 * modfile.parseReplace: "old [v] => new v" for a module target, "old [v] => dir" for a directory.
 * Windows directory spellings are accepted on every platform (cmd/go on Unix refuses a backslash):
 * a checker judges the file, not the machine it runs on.
 */
final class ReplaceDirective {
    private static final String VERB = "replace";
    private static final String ARROW = "=>";

    private ReplaceDirective() {
    }

    static GoReplace read(DirectiveLine line, List<GoModToken> args) throws ManifestException {
        int arrow = args.size() >= 2 && args.get(1).is(ARROW) ? 1 : 2;
        if (args.size() < arrow + 2 || args.size() > arrow + 3 || !args.get(arrow).is(ARROW)) {
            throw line.start().error("usage: replace module/path [v1.2.3] => other/module v1.4\n"
                    + "\t or replace module/path [v1.2.3] => ../local/directory");
        }
        String oldPath = ArgumentText.read(args.get(0));
        if (GoModulePath.splitPathVersion(oldPath).isEmpty()) {
            throw args.get(0).start().error(VERB + " " + oldPath + ": invalid module path");
        }
        String oldVersion = arrow == 2 ? VersionArgument.read(VERB, oldPath, args.get(1)) : null;
        GoModToken target = args.get(arrow + 1);
        String newPath = ArgumentText.read(target);
        if (args.size() == arrow + 2) {
            requireDirectory(newPath, target);
            return new GoReplace(oldPath, oldVersion, newPath, null, line.start().line());
        }
        String newVersion = VersionArgument.read(VERB, newPath, args.get(arrow + 2));
        if (GoModulePath.isDirectoryPath(newPath)) {
            throw target.start().error("replacement module directory path " + quote(newPath) + " cannot have version");
        }
        return new GoReplace(oldPath, oldVersion, newPath, newVersion, line.start().line());
    }

    private static void requireDirectory(String newPath, GoModToken target) throws ManifestException {
        if (GoModulePath.isDirectoryPath(newPath)) {
            return;
        }
        if (newPath.contains("@")) {
            throw target.start().error("replacement module must match format 'path version', not 'path@version'");
        }
        throw target.start().error(
                "replacement module without version must be directory path (rooted or starting with . or ..)");
    }
}
