package org.distpolicy.cargo.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.distpolicy.resolve.BrokenCause;
import org.distpolicy.resolve.DependencyKind;
import org.distpolicy.resolve.ProvidedVersion;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.resolve.Resolution;
import org.distpolicy.resolve.Verdict;
import org.distpolicy.rules.Ecosystem;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;
import org.distpolicy.rules.cargo.CargoBrokenTransitively;
import org.distpolicy.rules.cargo.CargoDevDependencyUnsatisfiable;
import org.distpolicy.rules.cargo.CargoMissingCrate;
import org.distpolicy.rules.cargo.CargoMissingDependencyFeature;
import org.distpolicy.rules.cargo.CargoRustVersionTooNew;
import org.distpolicy.rules.cargo.CargoUndefinedFeature;
import org.distpolicy.rules.cargo.CargoUnsatisfiableVersion;

/**
 * Cargo's part of the generic resolution: cargo's semver matching, and the findings and root
 * causes unmet requirements become, with Cargo's wording where it has one.
 */
public final class CargoResolution implements Resolution {
    public static final CargoResolution INSTANCE = new CargoResolution();

    public static final String UPSTREAM = "upstream";
    public static final String DISTRO = "distro";
    public static final String WEAK = "weak";
    public static final String FOREIGN_TARGET = "foreign-target";

    private CargoResolution() {
    }

    @Override
    public Verdict judge(Requirement requirement, List<ProvidedVersion> archived) {
        return RequirementMatcher.judge(requirement, archived);
    }

    /**
     * Unmet requirements that are one problem: enabling a missing dependency fails for the crate,
     * its default feature and each listed feature alike, and one finding says it. Distinct missing
     * features of a present dependency stay distinct problems.
     */
    @Override
    public String sameProblem(Requirement r, Verdict verdict) {
        return String.join("|", r.node(), r.dependency(), r.kind().name(), verdict.status().name(),
                verdict.status() == Verdict.Status.MISSING_FEATURE ? r.required().feature() : "");
    }

    /** Of the requirements that are one problem, the one to report: the dependency's base, then its default, then by name. */
    @Override
    public Requirement representative(Requirement a, Requirement b) {
        return REPRESENTATIVE.compare(a, b) <= 0 ? a : b;
    }

    private static final Comparator<Requirement> REPRESENTATIVE = Comparator
            .comparingInt((Requirement r) -> r.required().feature() == null ? 0 : r.required().feature().equals("default") ? 1 : 2)
            .thenComparing(Requirement::requiredCapability)
            .thenComparing(Requirement::versionReq);

    /** The finding for an unmet requirement (of any kind: hard, weak, test-only, foreign-target). */
    @Override
    public Finding unmet(Requirement r, Verdict verdict) {
        Rule rule = r.kind() == DependencyKind.DEV ? CargoDevDependencyUnsatisfiable.INSTANCE : ruleOf(verdict.status());
        Finding finding = Finding.of(rule, Ecosystem.CARGO, r.packageName(), r.version(), r.owner().feature(),
                describe(r) + " needs " + needed(r) + ": " + verdict.detail(), r.artifact(),
                r.requiredCapability() + " " + r.versionReq() + " " + r.kind());
        Severity severity = r.hard() || r.kind() == DependencyKind.DEV ? rule.defaultSeverity() : Severity.WARNING;
        return finding.withSeverity(severity).withClass(classOf(r));
    }

    /** The root cause an unmet hard requirement gives its owner. */
    @Override
    public BrokenCause cause(Requirement r, Verdict verdict) {
        return new BrokenCause(ruleOf(verdict.status()).id(), DISTRO, root(r.packageName(), r.version(), r.owner().feature()),
                "needs " + needed(r) + ": " + verdict.detail(), wantedKey(r, verdict), List.of());
    }

    /**
     * What packaging would fix an unmet requirement: the crate for a missing one ("serde *"), the
     * version line for a missing version ("nom ^7"); null for a missing feature (a patch, not a package).
     */
    @Override
    public String wantedKey(Requirement r, Verdict verdict) {
        return switch (verdict.status()) {
            case MISSING -> r.required().name() + " *";
            case NO_MATCHING_VERSION -> r.required().name() + " " + r.versionReq();
            case MISSING_FEATURE, SATISFIED -> null;
        };
    }

    public static Finding undefinedFeature(String artifact, String crate, String version, CrateGraph.UndefinedFeature undefined) {
        Finding finding = Finding.of(CargoUndefinedFeature.INSTANCE, Ecosystem.CARGO, crate, version, undefined.feature(),
                "feature `" + undefined.feature() + "` includes `" + undefined.entry() + "`, but " + undefined.reason()
                        + "; cargo rejects the manifest", artifact, undefined.entry());
        return finding.withClass(UPSTREAM);
    }

    public static BrokenCause undefinedFeatureCause(String crate, String version, CrateGraph.UndefinedFeature undefined) {
        return new BrokenCause(CargoUndefinedFeature.INSTANCE.id(), UPSTREAM, root(crate, version, null),
                "feature `" + undefined.feature() + "` includes undefined `" + undefined.entry() + "`", null, List.of());
    }

    public static Finding rustVersionTooNew(String artifact, String crate, String version, RustVersion.Need need, String distroRustc) {
        Finding finding = Finding.of(CargoRustVersionTooNew.INSTANCE, Ecosystem.CARGO, crate, version, null,
                need.because() + " needs rustc " + need.rustc() + ", the distro has " + distroRustc, artifact, need.because());
        return finding.withClass(DISTRO);
    }

    public static BrokenCause rustVersionCause(String crate, String version, RustVersion.Need need, String distroRustc) {
        return new BrokenCause(CargoRustVersionTooNew.INSTANCE.id(), DISTRO, root(crate, version, null),
                need.because() + " needs rustc " + need.rustc() + " (distro: " + distroRustc + ")", null, List.of());
    }

    /** A capability broken because everything that could satisfy {@code via} is broken. */
    @Override
    public Finding brokenTransitively(Requirement via, BrokenCause cause) {
        // The chain starts with what this requirement names; the rest is the way to the root.
        List<String> beyond = cause.chain().size() > 1 ? cause.chain().subList(1, cause.chain().size()) : List.of();
        String chain = beyond.isEmpty() ? "" : " (via " + String.join(" → ", beyond) + ")";
        Finding finding = Finding.of(CargoBrokenTransitively.INSTANCE, Ecosystem.CARGO, via.packageName(), via.version(), via.owner().feature(),
                describe(via) + " needs " + needed(via) + ", but every archived match is broken" + chain
                        + "; root cause: " + cause.root() + " " + cause.problem() + " [" + cause.rule() + "]",
                via.artifact(), via.requiredCapability() + " " + via.versionReq() + " <- " + cause.root() + " " + cause.rule());
        return finding.withClass(cause.dependencyClass());
    }

    private static Rule ruleOf(Verdict.Status status) {
        return switch (status) {
            case MISSING -> CargoMissingCrate.INSTANCE;
            case NO_MATCHING_VERSION -> CargoUnsatisfiableVersion.INSTANCE;
            case MISSING_FEATURE, SATISFIED -> CargoMissingDependencyFeature.INSTANCE;
        };
    }

    private static String classOf(Requirement r) {
        if (r.foreignTarget()) {
            return FOREIGN_TARGET;
        }
        return r.weak() ? WEAK : DISTRO;
    }

    /** "uuid 1.10.0" or "uuid 1.10.0 feature serde": where a root cause is. */
    static String root(String crate, String version, String feature) {
        return crate + " " + version + (feature == null ? "" : " feature " + feature);
    }

    private static String describe(Requirement r) {
        return r.owner().feature() == null ? "the crate" : "feature " + r.owner().feature();
    }

    private static String needed(Requirement r) {
        String what = r.requiredCapability() + " " + r.versionReq();
        String how = r.weak() ? " (weak, " + r.dependency() + "?/" + r.required().feature() + ")" : "";
        String kind = r.kind() == DependencyKind.NORMAL ? "" : " (" + r.kind().name().toLowerCase(Locale.ROOT) + "-dependency)";
        String target = r.foreignTarget() ? " (only for targets the distro does not build)" : "";
        return what + how + kind + target;
    }
}
