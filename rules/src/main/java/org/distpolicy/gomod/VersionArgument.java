package org.distpolicy.gomod;

import static org.distpolicy.gomod.GoStrconv.quote;

import java.util.Optional;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.gomod.GoStrconv.InvalidQuotedString;

/**
 * A module version argument, read like modfile.parseVersion with the fixer cmd/go passes for
 * the main module, minus its network lookup: the version must already be canonical and match
 * the module path's major version. (cmd/go would try to resolve "v1.2" or a branch name through
 * the proxy and rewrite the file; a checker must not.)
 */
final class VersionArgument {
    private VersionArgument() {
    }

    /** The canonical version in {@code token}, which belongs to module {@code path} in a {@code verb} directive. */
    static String read(String verb, String path, GoModToken token) throws ManifestException {
        return requireCanonical(verb, path, unquote(verb, path, token), token.start());
    }

    /** The version text with quoting removed but not yet checked. */
    static String unquote(String verb, String path, GoModToken token) throws ManifestException {
        try {
            return ArgumentText.of(token);
        } catch (InvalidQuotedString e) {
            throw token.start().error(invalid(verb, path, token.text(), e.getMessage()));
        }
    }

    static String requireCanonical(String verb, String path, String version, SourcePosition at) throws ManifestException {
        Optional<GoModulePath.Split> split = GoModulePath.splitPathVersion(path);
        String problem;
        if (split.isEmpty()) {
            problem = "malformed module path " + quote(path);
        } else if (!GoSemver.isCanonical(version)) {
            problem = "must be of the form v1.2.3";
        } else {
            problem = GoModulePath.pathMajorProblem(version, split.get().pathMajor());
        }
        if (problem != null) {
            throw at.error(invalid(verb, path, version, problem));
        }
        return version;
    }

    /** modfile.Error around module.InvalidVersionError: "require example.com/m: version "x" invalid: …". */
    private static String invalid(String verb, String path, String version, String problem) {
        String directive = path.isEmpty() ? verb : verb + " " + path;
        return directive + ": version " + quote(version) + " invalid: " + problem;
    }
}
