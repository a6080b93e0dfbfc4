package org.distpolicy.goresolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.distpolicy.archive.ArchiveLayout;
import org.distpolicy.archive.ArtifactKind;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.facts.GoLinkFacts;
import org.distpolicy.facts.GoModuleFacts;
import org.distpolicy.gomod.GoModFile;
import org.distpolicy.gomod.GoReplace;
import org.distpolicy.gomod.GoRequire;
import org.distpolicy.gosrc.GoBuildContext;
import org.distpolicy.gosrc.GoDirectories;
import org.distpolicy.gosrc.GoPackage;
import org.distpolicy.gosrc.GoPackageImport;
import org.distpolicy.gosrc.GoPackageScanner;
import org.distpolicy.gosrc.GoStdLib;
import org.distpolicy.gosrc.GoTreePackages;
import org.distpolicy.resolve.BrokenCause;
import org.distpolicy.resolve.Capability;
import org.distpolicy.resolve.DependencyKind;
import org.distpolicy.resolve.Nodes;
import org.distpolicy.resolve.Provide;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.resolve.ResolutionInput;
import org.distpolicy.resolve.Seed;
import org.distpolicy.rules.Ecosystem;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.distpolicy.rules.go.GoMissingPackage;
import org.distpolicy.rules.go.GoVersionTooNew;

/**
 * One Go tree's share of the archive-wide resolution. It provides {@code gomod(module)} and
 * {@code golang(import/path)} for each package that builds for the distro's targets. Its go.mod
 * requirements are requirements of the module; each import of a package is a requirement of
 * that package, with the version of the go.mod requirement covering it (after replace), and
 * each package needs its own module, so a go line the distro cannot meet breaks them all.
 * Standard library imports are checked here against the distro's Go, not joined. A GOPATH tree
 * whose location is not its module path provides its packages under both.
 */
public record GoModuleInput(String artifact, List<Provide> provides, List<Requirement> requirements, List<Finding> findings,
                            List<Seed> seeds) implements ResolutionInput {

    public GoModuleInput {
        provides = List.copyOf(provides);
        requirements = List.copyOf(requirements);
        findings = List.copyOf(findings);
        seeds = List.copyOf(seeds);
    }

    public static GoModuleInput of(GoModuleFacts facts, GoBuildContext build) {
        return new Builder(facts, build).run();
    }

    /** What a compatibility link adds: the tree's packages under the link's import path. */
    public static GoModuleInput linked(GoModuleInput tree, GoLinkFacts link) {
        return GoAliases.linked(tree, link);
    }

    private static final class Builder {
        private final GoModuleFacts facts;
        private final GoBuildContext build;
        private final String module;
        private final String version;
        private final String artifact;
        private final GoModFile goMod;
        private final Capability moduleCapability;
        private final List<Provide> provides = new ArrayList<>();
        private final List<Requirement> requirements = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<Seed> seeds = new ArrayList<>();

        Builder(GoModuleFacts facts, GoBuildContext build) {
            this.facts = facts;
            this.build = build;
            this.module = facts.name();
            this.version = facts.version() == null ? "" : facts.version();
            this.artifact = facts.artifact().path();
            this.goMod = facts.goMod();
            this.moduleCapability = Capability.goModule(module);
        }

        GoModuleInput run() {
            provides.add(new Provide(module, version, moduleCapability));
            if (goMod != null) {
                goVersion();
                goModRequirements();
            }
            List<String> paths = facts.files().stream().map(FileEntry::path).toList();
            GoTreePackages tree = GoPackageScanner.scan(module, paths, facts.sourceHeaders(), build);
            Set<String> own = new HashSet<>();
            for (GoPackage pkg : tree.packages()) {
                own.add(pkg.importPath());
            }
            Set<String> hidden = hiddenDirectories(paths);
            for (GoPackage pkg : tree.packages()) {
                if (!pkg.command()) {
                    provides.add(new Provide(module, version, Capability.goPackage(pkg.importPath())));
                }
                Capability owner = Capability.goPackage(pkg.importPath());
                requirements.add(new Requirement(artifact, module, version, owner, module, moduleCapability, "=" + version,
                        DependencyKind.NORMAL, false, false, null));
                pkg.imports().forEach(i -> imported(pkg, owner, i, DependencyKind.NORMAL, own, hidden));
                pkg.testImports().forEach(i -> imported(pkg, owner, i, DependencyKind.DEV, own, hidden));
            }
            String location = facts.artifact().kind() == ArtifactKind.GO_SOURCE_TREE ? ArchiveLayout.importPathOf(artifact) : null;
            if (location != null && !location.equals(module)) {
                GoAliases.alias(List.copyOf(provides), artifact, module, location, provides, requirements);
            }
            return new GoModuleInput(artifact, provides, requirements, findings, seeds);
        }

        /** A go line newer than the distro's Go breaks the module; a toolchain line alone only warns. */
        private void goVersion() {
            String distro = build.goVersion();
            if (goMod.goVersion() != null && GoToolchainVersion.compare(goMod.goVersion(), distro) > 0) {
                String problem = "go.mod says go " + goMod.goVersion() + ", the distro has Go " + distro;
                findings.add(Finding.of(GoVersionTooNew.INSTANCE, Ecosystem.GO, module, Nodes.reportedVersion(version), null,
                        problem + "; with GOTOOLCHAIN=local the go command refuses the module", artifact, "go line")
                        .withClass(GoResolution.DISTRO));
                seeds.add(new Seed(Nodes.id(module, version, moduleCapability), new BrokenCause(GoVersionTooNew.INSTANCE.id(),
                        GoResolution.DISTRO, Nodes.describe(module, version), problem, null, List.of())));
            } else if (goMod.toolchain() != null && GoToolchainVersion.isValid(goMod.toolchain())
                    && GoToolchainVersion.compare(goMod.toolchain(), distro) > 0) {
                findings.add(Finding.of(GoVersionTooNew.INSTANCE, Ecosystem.GO, module, Nodes.reportedVersion(version), null,
                                "go.mod asks for toolchain " + goMod.toolchain() + ", the distro has Go " + distro
                                        + "; its go line " + goMod.goVersion() + " is met, so a local build still works",
                                artifact, "toolchain line")
                        .withSeverity(Severity.WARNING).withClass(GoResolution.DISTRO));
            }
        }

        private void goModRequirements() {
            for (GoRequire require : goMod.requires()) {
                Optional<Target> target = target(require.path(), require.version());
                target.ifPresent(t -> requirements.add(new Requirement(artifact, module, version, moduleCapability, require.path(),
                        Capability.goModule(t.module()), GoRequirementMatcher.atLeast(t.version()), DependencyKind.DECLARED, false, false,
                        "go.mod:" + require.line() + (require.indirect() ? " // indirect" : ""))));
            }
        }

        private void imported(GoPackage pkg, Capability owner, GoPackageImport imported, DependencyKind kind, Set<String> own,
                              Set<String> hidden) {
            String path = imported.path();
            String origin = imported.file() + ":" + imported.line();
            if (hidden.contains(path)) {
                return;
            }
            if (own.contains(path)) {
                requirements.add(new Requirement(artifact, module, version, owner, module, Capability.goPackage(path), "=" + version,
                        kind, false, false, origin));
                return;
            }
            Optional<String> since = GoStdLib.since(path);
            if (since.isPresent()) {
                if (!GoStdLib.provides(path, build.goVersion())) {
                    standardLibraryTooNew(pkg, owner, path, since.get(), kind, origin);
                }
                return;
            }
            Optional<GoRequire> covering = covering(path);
            if (covering.isEmpty()) {
                requirements.add(new Requirement(artifact, module, version, owner, null, Capability.goPackage(path),
                        GoRequirementMatcher.ANY, kind, false, false, origin));
                return;
            }
            GoRequire require = covering.get();
            Optional<Target> target = target(require.path(), require.version());
            // Replaced by a directory: go/local-replace says it, and no archived module can stand in.
            target.ifPresent(t -> requirements.add(new Requirement(artifact, module, version, owner, require.path(),
                    Capability.goPackage(t.module() + path.substring(require.path().length())), GoRequirementMatcher.atLeast(t.version()),
                    kind, false, false, origin)));
        }

        private void standardLibraryTooNew(GoPackage pkg, Capability owner, String path, String since, DependencyKind kind, String origin) {
            String problem = "imports standard package " + path + " (" + origin + "), which Go " + since + " added; the distro has Go "
                    + build.goVersion();
            Finding finding = Finding.of(GoMissingPackage.INSTANCE, Ecosystem.GO, module, Nodes.reportedVersion(version), path,
                    (kind == DependencyKind.DEV ? "a test of " : "") + "package " + pkg.importPath() + " " + problem, artifact,
                    GoMissingPackage.INSTANCE.id() + " std " + path + " " + kind);
            findings.add(finding.withSeverity(kind == DependencyKind.DEV ? Severity.WARNING : Severity.ERROR).withClass(GoResolution.DISTRO));
            if (kind != DependencyKind.DEV) {
                seeds.add(new Seed(Nodes.id(module, version, owner), new BrokenCause(GoMissingPackage.INSTANCE.id(), GoResolution.DISTRO,
                        Nodes.describe(module, version) + " package " + pkg.importPath(), problem, null, List.of())));
            }
        }

        /**
         * Import paths of the tree's directories below testdata/, _x/ or .x/ that hold .go files: no
         * packages of the tree, but an import naming one builds it all the same (test fixtures do).
         */
        private Set<String> hiddenDirectories(List<String> paths) {
            Set<String> hidden = new HashSet<>();
            for (String path : paths) {
                int slash = path.lastIndexOf('/');
                if (path.endsWith(".go") && slash > 0 && GoDirectories.hidden(path.substring(0, slash))
                        && !GoDirectories.vendored(path.substring(0, slash))) {
                    hidden.add(module + "/" + path.substring(0, slash));
                }
            }
            return hidden;
        }

        /** The go.mod requirement whose module path is the longest prefix of the import path. */
        private Optional<GoRequire> covering(String importPath) {
            if (goMod == null) {
                return Optional.empty();
            }
            return goMod.requires().stream()
                    .filter(r -> importPath.equals(r.path()) || importPath.startsWith(r.path() + "/"))
                    .max(Comparator.comparingInt(r -> r.path().length()));
        }

        private record Target(String module, String version) {
        }

        /**
         * Where a requirement points after go.mod's replace directives (a versioned replace wins over
         * an unversioned one, as in cmd/go); empty when a directory replaces it.
         */
        private Optional<Target> target(String path, String required) {
            GoReplace chosen = null;
            for (GoReplace replace : goMod.replaces()) {
                if (replace.oldPath().equals(path) && (replace.oldVersion() == null || replace.oldVersion().equals(required))
                        && (chosen == null || chosen.oldVersion() == null)) {
                    chosen = replace;
                }
            }
            if (chosen == null) {
                return Optional.of(new Target(path, required));
            }
            if (chosen.isLocalDirectory()) {
                return Optional.empty();
            }
            return Optional.of(new Target(chosen.newPath(), chosen.newVersion()));
        }
    }
}
