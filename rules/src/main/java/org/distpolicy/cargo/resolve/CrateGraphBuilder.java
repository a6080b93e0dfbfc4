package org.distpolicy.cargo.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distpolicy.cargo.CargoDependency;
import org.distpolicy.cargo.CargoManifest;
import org.distpolicy.cargo.cfg.CfgException;
import org.distpolicy.cargo.cfg.Platform;
import org.distpolicy.cargo.cfg.TargetSpec;
import org.distpolicy.resolve.Capability;
import org.distpolicy.resolve.DependencyKind;
import org.distpolicy.resolve.Provide;
import org.distpolicy.resolve.Requirement;

/**
 * Turns a crate's manifest into capabilities and requirements with Cargo's feature rules:
 * {@code dep:x}, {@code x/f} (which also enables an optional x), weak {@code x?/f}, feature →
 * feature, a dependency's {@code features} and {@code default-features}, renamed dependencies
 * (features name the alias, requirements the real crate), build dependencies as normal ones, dev
 * dependencies as the test-only set, and target tables evaluated against the distro's targets.
 * The implicit feature of an optional dependency exists unless some feature says {@code dep:x}.
 */
public final class CrateGraphBuilder {
    private final List<TargetSpec> targets;

    public CrateGraphBuilder(List<TargetSpec> targets) {
        this.targets = List.copyOf(targets);
    }

    public CrateGraph build(String artifact, String crate, String version, CargoManifest manifest) {
        return new Build(artifact, crate, version, manifest).run();
    }

    private final class Build {
        private final String artifact;
        private final String crate;
        private final String version;
        private final CargoManifest manifest;
        private final Map<String, List<CargoDependency>> byName = new LinkedHashMap<>();
        private final Set<String> namespaced = new HashSet<>();
        private final List<Provide> provides = new ArrayList<>();
        private final List<Requirement> requirements = new ArrayList<>();
        private final List<CrateGraph.UndefinedFeature> undefined = new ArrayList<>();

        Build(String artifact, String crate, String version, CargoManifest manifest) {
            this.artifact = artifact;
            this.crate = crate;
            this.version = version;
            this.manifest = manifest;
            for (CargoDependency dependency : manifest.dependencies()) {
                byName.computeIfAbsent(dependency.name(), n -> new ArrayList<>()).add(dependency);
            }
            manifest.features().values().forEach(entries -> entries.stream()
                    .filter(e -> e.startsWith("dep:")).forEach(e -> namespaced.add(e.substring(4))));
        }

        CrateGraph run() {
            provides.add(new Provide(crate, version, Capability.crate(crate, null)));
            provides.add(new Provide(crate, version, Capability.crate(crate, "default")));
            for (CargoDependency dependency : manifest.dependencies()) {
                if (!dependency.optional()) {
                    enable(null, dependency, false);
                }
            }
            if (!manifest.features().containsKey("default")) {
                ownBase("default");
            }
            for (Map.Entry<String, List<String>> feature : manifest.features().entrySet()) {
                if (!feature.getKey().equals("default")) {
                    provides.add(new Provide(crate, version, Capability.crate(crate, feature.getKey())));
                }
                ownBase(feature.getKey());
                for (String entry : feature.getValue()) {
                    entry(feature.getKey(), entry);
                }
            }
            for (String name : implicitFeatures()) {
                provides.add(new Provide(crate, version, Capability.crate(crate, name)));
                ownBase(name);
                byName.get(name).stream().filter(CargoDependency::optional).forEach(d -> enable(name, d, false));
            }
            return new CrateGraph(artifact, crate, version, manifest.pkg().links(), provides, requirements, undefined);
        }

        /** Optional dependencies that keep their implicit feature: no {@code dep:} names them and no feature shadows them. */
        private List<String> implicitFeatures() {
            List<String> names = new ArrayList<>();
            byName.forEach((name, entries) -> {
                if (entries.stream().anyMatch(CargoDependency::optional) && !namespaced.contains(name)
                        && !manifest.features().containsKey(name)) {
                    names.add(name);
                }
            });
            return names;
        }

        private void entry(String feature, String entry) {
            if (entry.startsWith("dep:")) {
                String name = entry.substring(4);
                List<CargoDependency> optional = optionalNamed(name);
                if (optional.isEmpty()) {
                    undefined(feature, entry, "`" + name + "` is not an optional dependency");
                }
                optional.forEach(d -> enable(feature, d, false));
                return;
            }
            int slash = entry.indexOf('/');
            if (slash > 0) {
                boolean weak = entry.charAt(slash - 1) == '?';
                String name = entry.substring(0, weak ? slash - 1 : slash);
                String dependencyFeature = entry.substring(slash + 1);
                List<CargoDependency> entries = byName.getOrDefault(name, List.of());
                if (entries.isEmpty()) {
                    undefined(feature, entry, "`" + name + "` is not a dependency");
                }
                for (CargoDependency dependency : entries) {
                    if (!weak && dependency.optional()) {
                        enable(feature, dependency, false);
                    }
                    requirements.add(requirement(feature, dependency, dependencyFeature, weak && dependency.optional()));
                }
                return;
            }
            if (manifest.features().containsKey(entry) || (optionalNamed(entry).size() > 0 && !namespaced.contains(entry))) {
                requirements.add(ownFeature(feature, entry));
            } else if (byName.containsKey(entry)) {
                undefined(feature, entry, namespaced.contains(entry)
                        ? "`" + entry + "` is an optional dependency enabled elsewhere with `dep:" + entry + "`; use `dep:" + entry + "` here too"
                        : "`" + entry + "` is a dependency, not an optional one, so it has no feature to enable");
            } else {
                undefined(feature, entry, "`" + entry + "` is neither a feature nor a dependency");
            }
        }

        private List<CargoDependency> optionalNamed(String name) {
            return byName.getOrDefault(name, List.of()).stream().filter(CargoDependency::optional).toList();
        }

        /** What enabling a dependency needs: the crate, its default features unless turned off, its listed features. */
        private void enable(String feature, CargoDependency dependency, boolean weak) {
            requirements.add(requirement(feature, dependency, null, weak));
            if (dependency.defaultFeatures()) {
                requirements.add(requirement(feature, dependency, "default", weak));
            }
            for (String dependencyFeature : dependency.features()) {
                requirements.add(requirement(feature, dependency, dependencyFeature, weak));
            }
        }

        private Requirement requirement(String feature, CargoDependency dependency, String requiredFeature, boolean weak) {
            String req = dependency.versionReq() == null ? "*" : dependency.versionReq();
            DependencyKind kind = dependency.kind();
            return new Requirement(artifact, crate, version, Capability.crate(crate, feature), dependency.name(),
                    Capability.crate(dependency.packageName(), requiredFeature), req, kind, weak, isForeign(dependency), null);
        }

        private void ownBase(String feature) {
            requirements.add(ownFeature(feature, null));
        }

        private Requirement ownFeature(String feature, String requiredFeature) {
            return new Requirement(artifact, crate, version, Capability.crate(crate, feature), crate,
                    Capability.crate(crate, requiredFeature), "=" + version, DependencyKind.NORMAL, false, false, null);
        }

        private void undefined(String feature, String entry, String reason) {
            undefined.add(new CrateGraph.UndefinedFeature(feature, entry, reason));
        }

        private boolean isForeign(CargoDependency dependency) {
            if (dependency.target() == null) {
                return false;
            }
            try {
                return !Platform.parse(dependency.target()).matchesAny(targets);
            } catch (CfgException e) {
                // cargo rejects such a key when it parses the manifest; that is not a target question.
                return false;
            }
        }
    }
}
