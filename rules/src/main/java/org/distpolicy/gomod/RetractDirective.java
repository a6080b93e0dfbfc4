package org.distpolicy.gomod;

import static org.distpolicy.gomod.GoStrconv.quote;

import java.util.List;
import org.distpolicy.manifest.ManifestException;

/**
 * modfile's retract directive: "retract v1.0.0" or "retract [v1.0.0, v1.2.0]", with the
 * directive's comments as rationale. Read in two steps like modfile: the syntax as the line is
 * met, the versions once the whole file is read, because they are judged against the module
 * path and the module directive may come last.
 */
final class RetractDirective {
    private static final String VERB = "retract";

    /** A retract whose syntax is read and whose versions still await the module path. */
    record Unresolved(GoModToken lowToken, String low, GoModToken highToken, String high, String rationale,
                      SourcePosition start) {
    }

    private RetractDirective() {
    }

    static Unresolved read(DirectiveBlock block, DirectiveLine line, List<GoModToken> args) throws ManifestException {
        String rationale = DirectiveComments.text(block, line);
        SourcePosition start = line.start();
        if (args.isEmpty() || args.get(0).is("(")) {
            throw start.error("expected '[' or version");
        }
        if (!args.get(0).is("[")) {
            String version = VersionArgument.unquote(VERB, "", args.get(0));
            rejectTrailing(args, 1);
            return new Unresolved(args.get(0), version, args.get(0), version, rationale, start);
        }
        if (args.size() < 2) {
            throw start.error("expected version after '['");
        }
        String low = VersionArgument.unquote(VERB, "", args.get(1));
        if (args.size() < 3 || !args.get(2).is(",")) {
            throw start.error("expected ',' after version");
        }
        if (args.size() < 4) {
            throw start.error("expected version after ','");
        }
        String high = VersionArgument.unquote(VERB, "", args.get(3));
        if (args.size() < 5 || !args.get(4).is("]")) {
            throw start.error("expected ']' after version");
        }
        rejectTrailing(args, 5);
        return new Unresolved(args.get(1), low, args.get(3), high, rationale, start);
    }

    /** The retract, once its versions are known to be canonical versions of module {@code modulePath}. */
    static GoRetract resolve(Unresolved retract, String modulePath) throws ManifestException {
        String low = VersionArgument.requireCanonical(VERB, modulePath, retract.low(), retract.lowToken().start());
        String high = VersionArgument.requireCanonical(VERB, modulePath, retract.high(), retract.highToken().start());
        return new GoRetract(low, high, retract.rationale(), retract.start().line());
    }

    private static void rejectTrailing(List<GoModToken> args, int used) throws ManifestException {
        if (args.size() > used) {
            GoModToken extra = args.get(used);
            throw extra.start().error("unexpected token after version: " + quote(extra.text()));
        }
    }
}
