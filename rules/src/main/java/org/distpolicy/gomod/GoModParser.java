package org.distpolicy.gomod;

import org.distpolicy.manifest.ManifestException;

/**
 * Parses a main module's go.mod as strictly as cmd/go does (modfile.Parse plus the offline checks
 * cmd/go adds): unknown directives, non-canonical versions, a bad module path and every syntax
 * error fail with the message cmd/go prints, at the line and column it concerns.
 */
public final class GoModParser {
    private GoModParser() {
    }

    /**
     * @throws ManifestException for any text that is not a valid go.mod, and for nothing else:
     *                           whatever the input, no other exception escapes
     */
    public static GoModFile parse(String text) throws ManifestException {
        if (text == null) {
            throw new ManifestException("no go.mod text");
        }
        try {
            return DirectiveInterpreter.interpret(GoModSyntaxParser.parse(text));
        } catch (RuntimeException e) {
            // modfile turns its own panics into errors too: one odd file must not fail a whole batch
            throw new ManifestException("internal error: " + e);
        }
    }
}
