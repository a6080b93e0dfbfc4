package org.distpolicy.jobs.tools;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the reason distpolicy and cargo disagree on a root, from cargo's error text and the
 * distpolicy edge that cargo's message points at. The classes are the known ways distpolicy's
 * model of Cargo differs from cargo's resolver; anything unrecognised lands in an "other" class
 * so it shows in the summary instead of being silently folded into a known one.
 */
final class DisagreementClassifier {
    /** A disagreement class and a one-line reason specific to this root. */
    record Disagreement(String disagreementClass, String reason) {
    }

    // cargo: failed to select a version for the requirement `nom = "^7"`
    private static final Pattern REQUIREMENT = Pattern.compile("failed to select a version for the requirement `([^ `]+) = \"([^\"]*)\"`");
    // cargo: no matching package named `foo` found
    private static final Pattern NO_PACKAGE = Pattern.compile("no matching package named `([^`]+)` found");
    // cargo (when no similarly named crate exists): no matching package found / searched package name: `foo`
    private static final Pattern SEARCHED_PACKAGE = Pattern.compile("no matching package found\\s+searched package name: `([^`]+)`");
    // cargo: ... which satisfies dependency `rayon = "^1.4"` of package `remove_dir_all v0.7.0`
    private static final Pattern CHAIN_HOP = Pattern.compile("which satisfies dependency `([^ `]+) = \"[^\"]*\"` of package `([^ `]+) v([^ `]+)");
    // cargo: required by package `bar v1.2.3`
    private static final Pattern REQUIRED_BY = Pattern.compile("required by package `([^ `]+) v([^ `]+)");
    // cargo: the package `bar` depends on `foo`, with features: `f` but `foo` does not have these features.
    private static final Pattern MISSING_FEATURES = Pattern.compile("the package `([^`]+)` depends on `([^`]+)`, with features: `([^`]+)` but `[^`]+` does not have these features");
    // cargo: package `bar` depends on `foo` with feature `f` but `foo` does not have that feature.
    private static final Pattern MISSING_FEATURE = Pattern.compile("package `([^`]+)` depends on `([^`]+)` with feature `([^`]+)` but `[^`]+` does not have that feature");

    private final DistpolicyRun run;

    DisagreementClassifier(DistpolicyRun run) {
        this.run = run;
    }

    Disagreement classify(Root root, CargoVerdict cargo) {
        DistpolicyRun.Broken broken = run.broken.get(root);
        if (broken != null) {
            return distpolicyOnly(broken);
        }
        return cargoOnly(cargo);
    }

    /** distpolicy calls the root broken, cargo resolves it. */
    private static Disagreement distpolicyOnly(DistpolicyRun.Broken broken) {
        String cls = switch (broken.rule()) {
            case "cargo/rust-version-too-new" -> "rust-version: distpolicy breaks it, cargo's resolver does not check it (only builds do)";
            case "cargo/path-dependency", "cargo/git-dependency" -> "path/git dependency: distpolicy breaks it, cargo resolves the version beside it";
            default -> "distpolicy-only breakage: " + broken.rule();
        };
        return new Disagreement(cls, broken.root() + ": " + broken.problem());
    }

    /** distpolicy calls the root installable, cargo fails. */
    private Disagreement cargoOnly(CargoVerdict cargo) {
        String text = cargo.errorText();
        if (cargo.outcome() == CargoVerdict.Outcome.TIMEOUT) {
            return new Disagreement("cargo timed out", cargo.firstErrorLine());
        }
        if (text.contains("links to the native library")) {
            return new Disagreement("links collision: two packages link the same native library", line(text, "links to the native library"));
        }
        if (text.contains("cyclic package dependency")) {
            return new Disagreement("dependency cycle cargo rejects", line(text, "cyclic package dependency"));
        }
        Optional<Matcher> missingFeature = firstMatch(text, MISSING_FEATURES, MISSING_FEATURE);
        if (missingFeature.isPresent()) {
            Matcher m = missingFeature.get();
            return byEdge("missing feature", m.group(1), requiredByVersion(text).orElse(null), m.group(2), text);
        }
        Matcher requirement = REQUIREMENT.matcher(text);
        if (requirement.find()) {
            String what = text.contains("candidate versions found which didn't match") ? "no matching version" : "missing crate";
            return byEdge(what, requiredBy(text).orElse(null), requiredByVersion(text).orElse(null), requirement.group(1), text);
        }
        Optional<Matcher> noPackage = firstMatch(text, NO_PACKAGE, SEARCHED_PACKAGE);
        if (noPackage.isPresent()) {
            return byEdge("missing crate", requiredBy(text).orElse(null), requiredByVersion(text).orElse(null), noPackage.get().group(1), text);
        }
        if (text.contains("previously selected package") || text.contains("all possible versions conflict")) {
            return new Disagreement("version conflict: cargo allows one version per semver line and found no common one",
                    line(text, "previously selected package"));
        }
        if (text.contains("failed to parse manifest") || text.contains("failed to load manifest")
                || text.contains("failed to read") || text.contains("invalid")) {
            return new Disagreement("manifest cargo rejects", firstDetail(text));
        }
        return new Disagreement("other cargo failure", firstDetail(text));
    }

    /**
     * A dependency cargo could not satisfy: the edge distpolicy has for it says why distpolicy did
     * not count it (foreign target, weak), or that distpolicy missed it. Dev edges are left out:
     * cargo never resolves a dependency's dev-dependencies. Any foreign-target or weak edge is
     * taken as the explanation, since cargo's message does not say which feature pulled the edge.
     */
    private Disagreement byEdge(String what, String requirer, String requirerVersion, String dependency, String text) {
        String reason = (requirer == null ? "?" : requirer + (requirerVersion == null ? "" : " " + requirerVersion))
                + " → " + dependency + ": " + firstDetail(text);
        List<DistpolicyRun.Edge> edges = requirer == null || requirerVersion == null ? List.of()
                : run.edgesOf(requirer, requirerVersion).stream()
                        .filter(e -> e.requiredCrate().equals(dependency) && !e.kind().equals("dev")).toList();
        List<DistpolicyRun.Edge> unsatisfied = edges.stream().filter(e -> !e.satisfied()).toList();
        if (unsatisfied.stream().anyMatch(DistpolicyRun.Edge::foreignTarget)) {
            return new Disagreement(what + " on a foreign-target dependency: cargo resolves every target, distpolicy only the distro's", reason);
        }
        if (unsatisfied.stream().anyMatch(DistpolicyRun.Edge::weak)) {
            return new Disagreement(what + " behind a weak dependency feature (dep?/f)", reason);
        }
        Optional<String> foreignHop = foreignTargetHop(text);
        if (foreignHop.isPresent()) {
            return new Disagreement(what + " below a foreign-target dependency: cargo resolves every target, distpolicy only the distro's",
                    "via " + foreignHop.get() + "; " + reason);
        }
        if (!unsatisfied.isEmpty()) {
            return new Disagreement(what + ": distpolicy saw the unsatisfied edge but did not break the root", reason);
        }
        if (edges.isEmpty()) {
            return new Disagreement(what + ": distpolicy has no such edge", reason);
        }
        return new Disagreement(what + ": distpolicy counts the edge as satisfied", reason);
    }

    /**
     * The first hop of cargo's "which satisfies dependency" chain that distpolicy has only as a
     * foreign-target edge: the failure is then below a dependency the distro never builds
     * (remove_dir_all → rayon on cfg(windows) → … → a missing crate).
     */
    private Optional<String> foreignTargetHop(String text) {
        Matcher hop = CHAIN_HOP.matcher(text);
        while (hop.find()) {
            String dependency = hop.group(1);
            List<DistpolicyRun.Edge> edges = run.edgesOf(hop.group(2), hop.group(3)).stream()
                    .filter(e -> e.requiredCrate().equals(dependency) && !e.kind().equals("dev")).toList();
            if (!edges.isEmpty() && edges.stream().allMatch(DistpolicyRun.Edge::foreignTarget)) {
                return Optional.of(hop.group(2) + " " + hop.group(3) + " → " + dependency);
            }
        }
        return Optional.empty();
    }

    private static Optional<Matcher> firstMatch(String text, Pattern... patterns) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> requiredBy(String text) {
        Matcher m = REQUIRED_BY.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> requiredByVersion(String text) {
        Matcher m = REQUIRED_BY.matcher(text);
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }

    private static String line(String text, String needle) {
        for (String line : text.split("\n")) {
            if (line.contains(needle)) {
                return line.strip();
            }
        }
        return firstDetail(text);
    }

    /** cargo's error line, with the second line when the first only says "failed to select …". */
    private static String firstDetail(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("warning") || trimmed.startsWith("As a reminder")) {
                continue;
            }
            if (out.length() > 0) {
                out.append(" | ");
            }
            out.append(trimmed);
            if (out.length() > 240 || !trimmed.startsWith("error")) {
                break;
            }
        }
        return out.length() > 300 ? out.substring(0, 300) + "…" : out.toString();
    }
}
