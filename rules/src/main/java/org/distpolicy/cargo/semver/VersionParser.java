package org.distpolicy.cargo.semver;

/** The crate's {@code FromStr for Version}: reads a whole version or fails as the crate does. */
final class VersionParser {
    private VersionParser() {
    }

    static CargoVersion parse(String text) throws SemverException {
        if (text.isEmpty()) {
            throw SemverException.empty();
        }
        SemverLexer in = new SemverLexer(text);
        long major = in.number(Position.MAJOR);
        in.dot(Position.MAJOR);
        long minor = in.number(Position.MINOR);
        in.dot(Position.MINOR);
        long patch = in.number(Position.PATCH);
        Position last = Position.PATCH;

        Prerelease pre = Prerelease.EMPTY;
        if (in.skip('-')) {
            last = Position.PRE;
            pre = new Prerelease(in.requiredIdentifiers(last));
        }
        BuildMetadata build = BuildMetadata.EMPTY;
        if (in.skip('+')) {
            last = Position.BUILD;
            build = new BuildMetadata(in.requiredIdentifiers(last));
        }
        if (!in.atEnd()) {
            throw SemverException.unexpectedCharAfter(last, in.peek());
        }
        return new CargoVersion(major, minor, patch, pre, build);
    }
}
