package org.distpolicy.facts;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.gomod.GoModFile;
import org.distpolicy.gosrc.GoFileHeader;
import org.distpolicy.rules.Ecosystem;

/**
 * A Go module or source tree. {@code goMod} is null for a GOPATH-style tree without go.mod,
 * whose module path is then its import path; {@code vendorModulesTxt} is the content of
 * vendor/modules.txt, null when the tree has none. {@code sourceHeaders} are the parsed headers
 * of its .go files by path, outside the directories the go tool skips (vendor/, testdata/, _x, .x).
 */
public record GoModuleFacts(
        ArtifactRef artifact,
        String name,
        String version,
        List<FileEntry> files,
        GoModFile goMod,
        String vendorModulesTxt,
        Map<String, GoFileHeader> sourceHeaders) implements PackageFacts {

    public GoModuleFacts {
        sourceHeaders = Collections.unmodifiableMap(new TreeMap<>(sourceHeaders));
    }

    @Override
    public Ecosystem ecosystem() {
        return Ecosystem.GO;
    }
}
