package org.distpolicy.facts;

import java.io.Serializable;
import java.util.List;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.rules.Ecosystem;

/** What reading one package taught: its identity, parsed manifests and files. */
public sealed interface PackageFacts extends Serializable permits CrateFacts, GoModuleFacts, GoLinkFacts {
    ArtifactRef artifact();

    Ecosystem ecosystem();

    String name();

    /** Null where the layout carries no version (a Go source tree). */
    String version();

    List<FileEntry> files();
}
