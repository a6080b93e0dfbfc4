package org.distpolicy.goresolve;

import java.util.Comparator;
import java.util.List;
import org.distpolicy.archive.ArchiveLayout;
import org.distpolicy.resolve.BrokenCause;
import org.distpolicy.resolve.Capability;
import org.distpolicy.resolve.DependencyKind;
import org.distpolicy.resolve.Nodes;
import org.distpolicy.resolve.ProvidedVersion;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.resolve.Resolution;
import org.distpolicy.resolve.Verdict;
import org.distpolicy.rules.Ecosystem;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;
import org.distpolicy.rules.go.GoBrokenTransitively;
import org.distpolicy.rules.go.GoMissingModule;
import org.distpolicy.rules.go.GoMissingPackage;
import org.distpolicy.rules.go.GoModuleTooOld;

/**
 * Go's part of the generic resolution. A go.mod requirement that the archive cannot meet is
 * {@code go/missing-module} or {@code go/module-too-old}; an import nothing provides is
 * {@code go/missing-package}, naming the importing file. An import whose module is too old is
 * the same problem as the go.mod requirement that asks for that version, and is reported once.
 */
public final class GoResolution implements Resolution {
    public static final GoResolution INSTANCE = new GoResolution();
    static final String DISTRO = "distro";

    private GoResolution() {
    }

    @Override
    public Verdict judge(Requirement requirement, List<ProvidedVersion> archived) {
        return GoRequirementMatcher.judge(requirement, archived);
    }

    @Override
    public String sameProblem(Requirement r, Verdict verdict) {
        String owner = r.packageName() + "@" + r.version();
        if (verdict.status() == Verdict.Status.NO_MATCHING_VERSION && r.dependency() != null) {
            return String.join("|", owner, "too-old", r.dependency(), r.versionReq());
        }
        return String.join("|", owner, r.owner().namespace(), r.required().key(), r.kind().name(), verdict.status().name());
    }

    /** The go.mod requirement over the imports it covers, then the first importing package and file. */
    @Override
    public Requirement representative(Requirement a, Requirement b) {
        return REPRESENTATIVE.compare(a, b) <= 0 ? a : b;
    }

    private static final Comparator<Requirement> REPRESENTATIVE = Comparator
            .comparing((Requirement r) -> !r.owner().namespace().equals(Capability.GO_MODULE))
            .thenComparing(Requirement::kind)
            .thenComparing(Requirement::capability)
            .thenComparing(Requirement::origin, Comparator.nullsLast(Comparator.naturalOrder()));

    @Override
    public Finding unmet(Requirement r, Verdict verdict) {
        Rule rule = ruleOf(r, verdict);
        String subject = rule == GoModuleTooOld.INSTANCE && r.dependency() != null ? r.dependency() : r.required().name();
        Finding finding = Finding.of(rule, Ecosystem.GO, r.packageName(), Nodes.reportedVersion(r.version()), subject,
                statement(r) + ": " + verdict.detail(), r.artifact(),
                rule.id() + " " + subject + " " + r.versionReq() + " " + r.kind());
        Severity severity = r.kind() == DependencyKind.DEV ? Severity.WARNING : rule.defaultSeverity();
        return finding.withSeverity(severity).withClass(DISTRO);
    }

    @Override
    public BrokenCause cause(Requirement r, Verdict verdict) {
        return new BrokenCause(ruleOf(r, verdict).id(), DISTRO, root(r), need(r) + ": " + verdict.detail(),
                wantedKey(r, verdict), List.of());
    }

    /** The module to package: the go.mod requirement covering the import, else the import path's repository. */
    @Override
    public String wantedKey(Requirement r, Verdict verdict) {
        String module = r.dependency() != null ? r.dependency() : ArchiveLayout.repositoryRoot(r.required().name());
        return switch (verdict.status()) {
            case MISSING -> module + " " + GoRequirementMatcher.ANY;
            case NO_MATCHING_VERSION -> module + " " + r.versionReq();
            case MISSING_FEATURE, SATISFIED -> null;
        };
    }

    @Override
    public Finding brokenTransitively(Requirement via, BrokenCause cause) {
        List<String> beyond = cause.chain().size() > 1 ? cause.chain().subList(1, cause.chain().size()) : List.of();
        String chain = beyond.isEmpty() ? "" : " (via " + String.join(" → ", beyond) + ")";
        Finding finding = Finding.of(GoBrokenTransitively.INSTANCE, Ecosystem.GO, via.packageName(), Nodes.reportedVersion(via.version()),
                via.owner().name(), statement(via) + ", but every archived provider is broken" + chain
                        + "; root cause: " + cause.root() + " " + cause.problem() + " [" + cause.rule() + "]",
                via.artifact(), via.requiredCapability() + " <- " + cause.root() + " " + cause.rule());
        return finding.withClass(cause.dependencyClass());
    }

    private static Rule ruleOf(Requirement r, Verdict verdict) {
        if (verdict.status() == Verdict.Status.NO_MATCHING_VERSION) {
            return GoModuleTooOld.INSTANCE;
        }
        return r.owner().namespace().equals(Capability.GO_MODULE) ? GoMissingModule.INSTANCE : GoMissingPackage.INSTANCE;
    }

    /** What the package says it needs, e.g. "package example.com/a/cmd imports example.com/b/log (cmd/main.go:7)". */
    static String statement(Requirement r) {
        if (r.owner().namespace().equals(Capability.GO_MODULE)) {
            return "go.mod " + need(r);
        }
        return (r.kind() == DependencyKind.DEV ? "a test of " : "") + "package " + r.owner().name() + " " + need(r);
    }

    /** The need alone: "requires example.com/b >= v1.2.0 (go.mod:5)", "imports example.com/b/log (cmd/main.go:7)". */
    private static String need(Requirement r) {
        String where = r.origin() == null ? "" : " (" + r.origin() + ")";
        if (r.owner().namespace().equals(Capability.GO_MODULE)) {
            String replaced = r.dependency() != null && !r.dependency().equals(r.required().name())
                    ? " (replaced by " + r.required().name() + ")" : "";
            String module = r.dependency() != null ? r.dependency() : r.required().name();
            return "requires " + module + " " + r.versionReq() + replaced + where;
        }
        String covered = r.dependency() != null && !r.versionReq().startsWith("=")
                ? " from " + r.dependency() + " " + r.versionReq() : "";
        return "imports " + r.required().name() + covered + where;
    }

    /** Where a root cause is, e.g. "example.com/a v1.2.0 package example.com/a/cmd". */
    static String root(Requirement r) {
        String pkg = r.owner().namespace().equals(Capability.GO_PACKAGE) ? " package " + r.owner().name() : "";
        return Nodes.describe(r.packageName(), r.version()) + pkg;
    }
}
