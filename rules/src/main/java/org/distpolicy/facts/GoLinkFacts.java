package org.distpolicy.facts;

import java.util.List;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.rules.Ecosystem;

/**
 * A symbolic link in a GOPATH tree that makes code importable under a second path, as Debian's
 * compatibility links do (code.google.com/p/go.net → golang.org/x/net). It is never followed
 * while reading; the resolution lends the target's packages to the link's import path.
 *
 * @param name   the import path the link adds
 * @param target the archive path it points to, resolved against the link's directory
 */
public record GoLinkFacts(ArtifactRef artifact, String name, String target) implements PackageFacts {
    @Override
    public Ecosystem ecosystem() {
        return Ecosystem.GO;
    }

    @Override
    public String version() {
        return null;
    }

    @Override
    public List<FileEntry> files() {
        return List.of();
    }
}
