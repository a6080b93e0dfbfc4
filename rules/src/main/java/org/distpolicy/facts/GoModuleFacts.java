package org.distpolicy.facts;

import java.util.List;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.gomod.GoModFile;
import org.distpolicy.rules.Ecosystem;

/**
 * A Go module or source tree. {@code goMod} is null for a GOPATH-style tree without go.mod,
 * whose module path is then its import path; {@code vendorModulesTxt} is the content of
 * vendor/modules.txt, null when the tree has none.
 */
public record GoModuleFacts(
        ArtifactRef artifact,
        String name,
        String version,
        List<FileEntry> files,
        GoModFile goMod,
        String vendorModulesTxt) implements PackageFacts {

    @Override
    public Ecosystem ecosystem() {
        return Ecosystem.GO;
    }
}
