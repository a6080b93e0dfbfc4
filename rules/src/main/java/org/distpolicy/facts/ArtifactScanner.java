package org.distpolicy.facts;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.distpolicy.archive.ArchiveAccess;
import org.distpolicy.archive.ArchiveLayout;
import org.distpolicy.archive.ArtifactKind;
import org.distpolicy.archive.ArtifactProblem;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.Capture;
import org.distpolicy.archive.DirectoryTree;
import org.distpolicy.archive.EntryPaths;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.archive.HeadSink;
import org.distpolicy.archive.PackageContent;
import org.distpolicy.archive.PackageReader;
import org.distpolicy.archive.PackageTree;
import org.distpolicy.archive.ReadLimits;
import org.distpolicy.archive.RootPrefix;
import org.distpolicy.archive.SingleFileTree;
import org.distpolicy.archive.TarGzTree;
import org.distpolicy.archive.ZipTree;
import org.distpolicy.hash.Sha256;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.rules.Ecosystem;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Rule;
import org.distpolicy.rules.artifact.ArtifactBadManifest;
import org.distpolicy.rules.artifact.ArtifactUnreadable;
import org.distpolicy.rules.artifact.ArtifactUnrecognized;
import org.distpolicy.rules.artifact.ArtifactUnsafeEntry;

/**
 * Reads one artifact, once, and turns it into facts and {@code artifact/*} findings. Whatever
 * the input, it returns a result: corrupt, hostile or huge artifacts become findings.
 */
public final class ArtifactScanner {
    /** Package-root files whose content the facts need; everything else is only hashed, or see {@link #capture}. */
    private static final Set<String> CAPTURED = Set.of("Cargo.toml", "Cargo.toml.orig", "go.mod", "vendor/modules.txt");
    private static final String NESTED_CARGO_TOML = "/Cargo.toml";

    private final ArchiveAccess access;
    private final ReadLimits limits;
    private final FactsBuilder factsBuilder = new FactsBuilder();

    public ArtifactScanner(ArchiveAccess access, ReadLimits limits) {
        this.access = access;
        this.limits = limits;
    }

    public ScannedArtifact scan(ArtifactRef ref) {
        try {
            return switch (ref.kind()) {
                case CRATE -> fromFile(ref, TarGzTree::new, RootPrefix.fixed(cratePrefix(ref)));
                case GO_MODULE_ZIP -> fromFile(ref, ZipTree::new, RootPrefix.upTo("@" + ref.versionHint() + "/"));
                case GO_MODULE_MOD -> fromFile(ref, in -> new SingleFileTree("go.mod", ref.sizeBytes(), in), RootPrefix.none());
                case CRATE_DIR, GO_SOURCE_TREE -> fromDirectory(ref);
                case UNRECOGNIZED -> unrecognized(ref);
                case LINK -> link(ref);
            };
        } catch (ArtifactProblem problem) {
            return failed(ref, problem.rule(), problem.getMessage());
        } catch (IOException | RuntimeException e) {
            return failed(ref, ArtifactUnreadable.INSTANCE, describe(ref, e));
        }
    }

    private interface TreeOpener {
        PackageTree open(InputStream raw);
    }

    private ScannedArtifact fromFile(ArtifactRef ref, TreeOpener opener, RootPrefix rootPrefix) throws IOException, ArtifactProblem {
        if (ref.sizeBytes() == 0) {
            throw new ArtifactProblem(ArtifactUnreadable.INSTANCE, "empty file");
        }
        MessageDigest whole = Sha256.newDigest();
        PackageContent content;
        GoSourceHeaders heads = new GoSourceHeaders();
        try (InputStream raw = new DigestInputStream(access.open(ref.path()), whole)) {
            content = reader(ref, ref.sizeBytes(), heads).read(opener.open(raw), rootPrefix);
            raw.transferTo(OutputStream.nullOutputStream());
        }
        PackageContent modCompanion = null;
        for (String companion : ref.companions()) {
            if (companion.endsWith(".mod")) {
                try (InputStream in = access.open(companion)) {
                    modCompanion = reader(ref, 0, HeadSink.NONE).read(new SingleFileTree("go.mod", 0, in), RootPrefix.none());
                }
            }
        }
        return finish(ref, content, modCompanion, heads, Sha256.hex(whole));
    }

    private ScannedArtifact fromDirectory(ArtifactRef ref) throws IOException, ArtifactProblem {
        GoSourceHeaders heads = new GoSourceHeaders();
        PackageContent content = reader(ref, 0, heads).read(new DirectoryTree(access, ref.path(), ref.kind() == ArtifactKind.GO_SOURCE_TREE), RootPrefix.none());
        MessageDigest tree = Sha256.newDigest();
        content.files().stream().sorted(Comparator.comparing(FileEntry::path)).forEach(f ->
                tree.update((f.sha256() + "  " + f.path() + "\n").getBytes(StandardCharsets.UTF_8)));
        return finish(ref, content, null, heads, Sha256.hex(tree));
    }

    /** A link in a GOPATH tree lends its target's packages to its import path; other links are inventory only. */
    private ScannedArtifact link(ArtifactRef ref) throws IOException {
        String importPath = ArchiveLayout.importPathOf(ref.path());
        String target = EntryPaths.resolveLink(ref.path(), access.linkTarget(ref.path()));
        GoLinkFacts facts = importPath != null && target != null ? new GoLinkFacts(ref, importPath, target) : null;
        return new ScannedArtifact(inventory(ref, importPath, null, null, InventoryRecord.OK, null), List.of(), facts, List.of());
    }

    private ScannedArtifact unrecognized(ArtifactRef ref) throws IOException, ArtifactProblem {
        PackageContent content;
        try (InputStream in = access.open(ref.path())) {
            content = new PackageReader(limits, 0, p -> Capture.SKIP, HeadSink.NONE).read(new SingleFileTree(ref.path(), ref.sizeBytes(), in), RootPrefix.none());
        }
        String sha = content.files().isEmpty() ? null : content.files().get(0).sha256();
        String message = "neither a crate nor a Go module: " + ref.path();
        return new ScannedArtifact(inventory(ref, ref.packageHint(), ref.versionHint(), sha, ArtifactUnrecognized.INSTANCE.id(), message),
                content.files(), null, List.of(finding(ref, ArtifactUnrecognized.INSTANCE, message, ref.packageHint(), ref.versionHint())));
    }

    private ScannedArtifact finish(ArtifactRef ref, PackageContent content, PackageContent modCompanion, GoSourceHeaders heads,
                                   String sha256) {
        List<Finding> findings = new ArrayList<>();
        String status = InventoryRecord.OK;
        String error = null;
        PackageFacts facts = null;
        try {
            facts = factsBuilder.build(ref, content, modCompanion, heads.headers());
        } catch (ManifestException e) {
            status = ArtifactBadManifest.INSTANCE.id();
            error = e.getMessage();
        }
        String name = facts != null ? facts.name() : ref.packageHint();
        String version = facts != null ? facts.version() : ref.versionHint();
        if (error != null) {
            findings.add(finding(ref, ArtifactBadManifest.INSTANCE, error, name, version));
        }
        if (!content.unsafeEntries().isEmpty()) {
            List<String> unsafe = content.unsafeEntries();
            String message = unsafe.size() == 1
                    ? "skipped an unsafe entry: " + unsafe.get(0)
                    : "skipped " + unsafe.size() + " unsafe entries; first: " + unsafe.get(0);
            findings.add(finding(ref, ArtifactUnsafeEntry.INSTANCE, message, name, version));
            if (status.equals(InventoryRecord.OK)) {
                status = ArtifactUnsafeEntry.INSTANCE.id();
                error = message;
            }
        }
        return new ScannedArtifact(inventory(ref, name, version, sha256, status, error), content.files(), facts, findings);
    }

    private ScannedArtifact failed(ArtifactRef ref, Rule rule, String message) {
        return new ScannedArtifact(inventory(ref, ref.packageHint(), ref.versionHint(), null, rule.id(), message),
                List.of(), null, List.of(finding(ref, rule, message, ref.packageHint(), ref.versionHint())));
    }

    private static InventoryRecord inventory(ArtifactRef ref, String name, String version, String sha256, String status, String error) {
        return new InventoryRecord(ref.path(), ref.kind(), name, version, ref.sizeBytes(), ref.fileCount(), sha256, status, error);
    }

    private static Finding finding(ArtifactRef ref, Rule rule, String message, String name, String version) {
        return Finding.of(rule, ref.kind().ecosystem(), name, version, null, message, ref.path(), null);
    }

    /** Go sources' headers are taken while reading Go trees; crates need only their manifests. */
    private PackageReader reader(ArtifactRef ref, long compressedBytes, HeadSink heads) {
        Ecosystem ecosystem = ref.kind().ecosystem();
        return new PackageReader(limits, compressedBytes, path -> capture(ecosystem, path), ecosystem == Ecosystem.GO ? heads : HeadSink.NONE);
    }

    /**
     * A crate's nested Cargo.toml files tell what it bundles (vendored crates, nested packages);
     * the crate is understood without them, so one that is too large only goes unread.
     */
    private static Capture capture(Ecosystem ecosystem, String path) {
        if (CAPTURED.contains(path)) {
            return Capture.REQUIRED;
        }
        return ecosystem == Ecosystem.CARGO && path.endsWith(NESTED_CARGO_TOML) ? Capture.IF_WITHIN_LIMIT : Capture.SKIP;
    }

    /** A .crate's entries live under "name-version/", which is also its file name. */
    private static String cratePrefix(ArtifactRef ref) {
        String file = ref.path().substring(ref.path().lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".crate".length()) + "/";
    }

    private static String describe(ArtifactRef ref, Exception e) {
        String what = switch (ref.kind()) {
            case CRATE -> "corrupt or truncated .crate (gzip tar)";
            case GO_MODULE_ZIP -> "corrupt or truncated module zip";
            default -> "cannot read";
        };
        String detail = e.getMessage() != null ? e.getMessage()
                : e instanceof EOFException ? "unexpected end of data (truncated file)"
                : e.getClass().getSimpleName();
        return what + ": " + detail;
    }
}
