package org.distpolicy.reports;

import static org.distpolicy.reports.ColumnType.BOOLEAN;
import static org.distpolicy.reports.ColumnType.LONG;
import static org.distpolicy.reports.ColumnType.STRING;

import java.util.List;
import java.util.stream.Stream;

/** The report tables of a run (see reports/README.md): the product's API. */
public final class ReportTables {
    private ReportTables() {
    }

    private static Column required(String name, ColumnType type, String description) {
        return new Column(name, type, false, description);
    }

    private static Column optional(String name, ColumnType type, String description) {
        return new Column(name, type, true, description);
    }

    public static final TableSpec INVENTORY = new TableSpec("inventory", List.of(
            required("run_id", STRING, "id of the run"),
            required("artifact", STRING, "path relative to the archive root (a file, or a directory for unpacked packages)"),
            optional("ecosystem", STRING, "cargo, go, or null for unrecognized files"),
            required("kind", STRING, "crate, crate-dir, go-module-zip, go-module-mod, go-source-tree, link, unrecognized"),
            optional("package", STRING, "crate name or Go module path (from the manifest, else from the layout)"),
            optional("version", STRING, "package version; null where the layout has none (Go source trees)"),
            required("size_bytes", LONG, "file size, or the sum of the directory's files"),
            required("file_count", LONG, "1 for a file, the number of files of a directory"),
            optional("sha256", STRING, "hex sha256 of the file; for a directory, of its sha256sum-style listing; null when unreadable"),
            required("status", STRING, "ok, or the id of the artifact/* rule the artifact broke"),
            optional("error", STRING, "what went wrong; null when ok"),
            optional("cache_key", STRING, "the artifact's key in the facts cache (<reports>/cache/); null with --no-cache or when unreadable")));

    public static final TableSpec FINDINGS = new TableSpec("findings", List.of(
            required("run_id", STRING, "id of the run"),
            required("rule", STRING, "rule id from the catalogue, e.g. cargo/path-dependency"),
            required("severity", STRING, "error, warning or info"),
            optional("ecosystem", STRING, "cargo, go, or null"),
            optional("package", STRING, "crate name or Go module path; null when unknown"),
            optional("version", STRING, "package version; null when unknown"),
            optional("subject", STRING, "what inside the package: feature, dependency, module or package path, file; null for the whole package"),
            required("message", STRING, "human-readable explanation (wording may change between releases)"),
            required("artifact", STRING, "the artifact the finding comes from, relative to the archive root"),
            required("fingerprint", STRING, "32 hex digits identifying the problem across runs (stable under rewording and patch updates)"),
            optional("class", STRING, "for broken dependencies: upstream, distro, weak or foreign-target; else null"),
            optional("maintainer", STRING, "maintainer address; null when unknown"),
            required("waived", BOOLEAN, "a policy waiver accepts the problem for now: reported, but not to be counted against the package"),
            optional("waiver_reason", STRING, "the waiver's reason when waived; else null")));

    /** The findings of this run and the previous complete one, by fingerprint: what is new, fixed, still there. */
    public static final TableSpec DELTA = new TableSpec("delta", Stream.concat(FINDINGS.columns().stream(), Stream.of(
            required("status", STRING, "new (not in the previous complete run), fixed (in the previous run, not in this one; "
                    + "its other columns are the previous run's, run_id is this run's) or persisting"),
            required("first_seen", STRING, "id of the run where this fingerprint first appeared, carried through the runs it persisted")))
            .toList());

    /** A release gate's findings: the candidate's and the baseline's, by fingerprint, with the change each new or fixed one is down to. */
    public static final TableSpec GATE = new TableSpec("gate", Stream.concat(FINDINGS.columns().stream(), Stream.of(
            required("status", STRING, "new (the candidate has it, the baseline does not), fixed (the baseline has it, the candidate "
                    + "does not; the other columns are the baseline's) or persisting (both have it; the candidate's columns); "
                    + "run_id is the gate's id"),
            required("blocking", BOOLEAN, "new, not waived, and at or above the blocking severity: one such finding fails the gate"),
            optional("blame", STRING, "for a new or fixed finding, the change that caused it: \"added foo@1.0.0\", "
                    + "\"updated foo@1.0.1 (was 1.0.0)\", \"removed serde@1.0.200\", \"rustc 1.60.0 (what-if)\"; null when persisting "
                    + "or when no change explains it")))
            .toList());

    /** The order to rebuild in: one row per build of a package. */
    public static final TableSpec REBUILD_ORDER = new TableSpec("rebuild_order", List.of(
            required("run_id", STRING, "id of the rebuild-order computation"),
            required("ecosystem", STRING, "cargo or go"),
            required("package", STRING, "crate name or Go module path"),
            optional("version", STRING, "package version; null for a Go source tree that carries none"),
            required("wave", LONG, "1 for packages that need nothing rebuilt; else one more than the latest wave of what the build needs"),
            required("build", STRING, "full (the package's only build), bootstrap (a cycle member's first build, without "
                    + "dropped_features) or final (its rebuild with every feature after the rest of the cycle)"),
            optional("cycle_id", STRING, "C1, C2, ...: the dependency cycle the package is in (see the archive/dependency-cycle finding); null outside cycles"),
            optional("dropped_features", STRING, "for a bootstrap build, the features it leaves out, comma-separated; else null")));

    public static final TableSpec FILES = new TableSpec("files", List.of(
            required("run_id", STRING, "id of the run"),
            required("artifact", STRING, "the artifact holding the file"),
            optional("ecosystem", STRING, "cargo or go"),
            optional("package", STRING, "package of the artifact"),
            optional("version", STRING, "version of the artifact"),
            required("path", STRING, "path relative to the package root"),
            required("size_bytes", LONG, "file size"),
            required("sha256", STRING, "hex sha256 of the content")));

    public static final TableSpec PROVIDES = new TableSpec("provides", List.of(
            required("run_id", STRING, "id of the run"),
            required("ecosystem", STRING, "cargo or go"),
            required("package", STRING, "crate name or Go module path"),
            optional("version", STRING, "crate or module version; null for a Go source tree that carries none"),
            required("capability", STRING, "crate(name) for the base, crate(name/feature) for each feature, default included; "
                    + "gomod(module/path) for a Go module, golang(import/path) for each package it provides for the distro's targets")));

    public static final TableSpec REQUIRES = new TableSpec("requires", List.of(
            required("run_id", STRING, "id of the run"),
            required("ecosystem", STRING, "cargo or go"),
            required("package", STRING, "the requiring crate or Go module"),
            optional("version", STRING, "its version; null for a Go source tree that carries none"),
            required("capability", STRING, "the requiring capability: crate(name), crate(name/feature), gomod(module) for its go.mod "
                    + "requirements, golang(import/path) for a package's imports"),
            optional("dependency", STRING, "the dependency as the manifest names it (a renamed dependency's alias); for a Go import, "
                    + "the go.mod requirement that covers it (null when none does)"),
            required("required_capability", STRING, "what is required, e.g. crate(serde/derive), gomod(golang.org/x/net), golang(golang.org/x/net/http2)"),
            required("version_requirement", STRING, "cargo version requirement as written; for Go \"*\", \">= v1.2.3\" (minimal version "
                    + "selection) or =V; =V for edges inside one package version"),
            required("kind", STRING, "normal, build, dev (a Go import of a _test.go file is dev) or declared (a go.mod requirement: "
                    + "reported, but it breaks nothing by itself; the imports carry its version)"),
            required("weak", BOOLEAN, "from dep?/feature: applies only when the dependency is enabled otherwise"),
            required("foreign_target", BOOLEAN, "only for targets the distro does not build (cargo resolves it all the same)"),
            required("satisfied", BOOLEAN, "some archived version matches and provides the capability (whether that one is broken itself or not)"),
            required("status", STRING, "satisfied, missing-crate, missing-module, missing-package, no-matching-version or missing-feature"),
            optional("origin", STRING, "where the package states the need: the importing Go file and line (null for Cargo)")));

    public static final TableSpec WANTED = new TableSpec("wanted", List.of(
            required("run_id", STRING, "id of the run"),
            required("ecosystem", STRING, "cargo or go"),
            required("package", STRING, "the crate or Go module (or, when no go.mod names its module, the Go package) to package"),
            required("version_requirement", STRING, "the requirement no archived version meets (or any version, for a missing crate)"),
            required("capabilities", LONG, "broken capabilities (features and bases) whose root cause this is, transitively"),
            required("packages", LONG, "distinct crate versions among them")));

    public static final TableSpec BROKEN = new TableSpec("broken", List.of(
            required("run_id", STRING, "id of the run"),
            required("ecosystem", STRING, "cargo or go"),
            required("package", STRING, "crate name or Go module path"),
            optional("version", STRING, "crate or module version; null for a Go source tree that carries none"),
            required("capability", STRING, "the capability that cannot be installed: crate(name), crate(name/feature), gomod(...), golang(...)"),
            required("rule", STRING, "the rule of its root cause"),
            required("class", STRING, "upstream, distro (weak and foreign-target problems break nothing, so they are not here)"),
            required("root", STRING, "where the root cause is, e.g. \"serde 1.0.210 feature derive\""),
            required("problem", STRING, "the root cause"),
            required("depth", LONG, "0 when the capability itself has the problem, else the number of capabilities between it and the root")));

    /**
     * The notification ledger under {@code <reports>/notify/ledger/}, not a run's table: one row per
     * finding a mail told a maintainer about, appended once the mail server accepted the mail.
     */
    public static final TableSpec NOTIFY_LEDGER = new TableSpec("notify/ledger", List.of(
            required("run_id", STRING, "the run whose findings the mail reported"),
            required("sent_at", STRING, "when the server accepted the mail, ISO-8601 UTC, e.g. 2026-11-28T03:15:00Z"),
            required("recipient", STRING, "the maintainer's email address (lower case, without the display name)"),
            required("fingerprint", STRING, "the finding's fingerprint"),
            required("notice", STRING, "new (first mail about it), reminder (still open after a remind-after-days step) or fixed"),
            required("rule", STRING, "the finding's rule"),
            optional("package", STRING, "the finding's package"),
            optional("version", STRING, "the finding's version"),
            optional("subject", STRING, "the finding's subject"),
            required("message_id", STRING, "Message-ID of the mail")));

    /** The tables a nightly (or scan) run writes under runs/<run-id>/; the others lie beside the runs. */
    public static List<TableSpec> ofRun() {
        return List.of(INVENTORY, FINDINGS, DELTA, FILES, PROVIDES, REQUIRES, WANTED, BROKEN);
    }

    public static List<TableSpec> all() {
        return List.of(INVENTORY, FINDINGS, DELTA, FILES, PROVIDES, REQUIRES, WANTED, BROKEN, NOTIFY_LEDGER, GATE, REBUILD_ORDER);
    }
}
