package org.distpolicy.reports.notify;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.distpolicy.policy.NotifySettings;

/**
 * The plain-text body of a digest. Everything taken from the archive (names, subjects, messages)
 * goes through {@link #clean}: one line each, no control or bidi characters, bounded length, so
 * an archive cannot forge lines, headers or a different-looking text.
 */
public final class DigestText {
    static final int MAX_FIELD = 300;

    private DigestText() {
    }

    /** @param runPath where the run's reports lie, for the pointer to the full report */
    public static String render(DigestLayout layout, String runId, String runPath, NotifySettings settings) {
        Digest digest = layout.digest();
        StringBuilder text = new StringBuilder();
        text.append("Hello ").append(clean(digest.name())).append(",\n\n");
        text.append("distpolicy checked the distribution archive (run ").append(runId).append(") and has news about packages\n")
                .append("you maintain: ").append(counts(digest)).append(".\n");
        for (DigestLayout.PackageSection section : layout.sections()) {
            String title = clean(section.packageName() == null ? "(unknown package)" : section.packageName())
                    + (section.version() == null ? "" : " " + clean(section.version()));
            text.append("\n== ").append(title).append(" ==\n");
            for (DigestLayout.Group group : section.groups()) {
                group(text, group, layout.limits());
            }
        }
        if (layout.omittedFindings() > 0) {
            text.append("\n... and ").append(layout.omittedFindings()).append(" more finding(s)")
                    .append(layout.omittedPackages() > 0 ? " in " + layout.omittedPackages() + " more package(s)" : "")
                    .append(" not listed here; they follow in a later digest.\n");
        }
        text.append("\nThe full report: ").append(runPath).append("/summary.md\n")
                .append("Every finding, with its fingerprint: ").append(runPath).append("/findings (Parquet; filter on maintainer).\n");
        text.append("\n-- \n")
                .append("distpolicy notifications: you get this because the distribution's policy file names you as\n")
                .append("maintainer of these packages. Each problem is mailed once when it appears, reminded\n")
                .append(reminders(settings)).append(", and announced once when it is fixed.\n")
                .append("To stop these mails, ask the distribution's QA team to put your address on the policy's\n")
                .append("[notify] opt-out list.\n");
        return text.toString();
    }

    private static void group(StringBuilder text, DigestLayout.Group group, DigestLayout.Limits limits) {
        RunFinding first = group.first();
        String tag = "[" + group.notice().label().toUpperCase(Locale.ROOT) + "] ";
        if (group.notice() == Notice.FIXED) {
            text.append(tag).append(clean(first.rule())).append(": gone from the latest run: ").append(subjects(group, limits)).append('\n');
            return;
        }
        if (group.rootCause() != null) {
            RootCause root = group.rootCause();
            int size = group.findings().size();
            text.append(tag).append(first.severity()).append(' ').append(clean(first.rule())).append(": ")
                    .append(size).append(size == 1 ? " capability is" : " capabilities are").append(" broken by one root cause\n")
                    .append("    Why: ").append(clean(root.root())).append(": ").append(clean(root.problem()))
                    .append(" [").append(clean(root.rule())).append("]\n");
            text.append("    Affected: ").append(subjects(group, limits)).append('\n');
        } else {
            text.append(tag).append(first.severity()).append(' ').append(clean(first.rule())).append(subject(first)).append('\n')
                    .append("    Why: ").append(clean(first.message())).append('\n');
        }
        if (group.notice() == Notice.REMINDER && first.firstSeen() != null) {
            text.append("    Open since run ").append(clean(first.firstSeen())).append(".\n");
        }
        text.append("    What to do: ").append(clean(first.advice())).append('\n');
    }

    /** The group's subjects, the first {@code namesPerGroup} of them and a count of the rest. */
    private static String subjects(DigestLayout.Group group, DigestLayout.Limits limits) {
        List<RunFinding> findings = group.findings();
        List<RunFinding> named = findings.subList(0, Math.min(findings.size(), limits.namesPerGroup()));
        return named.stream().map(f -> f.subject() == null ? "the package itself" : clean(f.subject())).collect(Collectors.joining(", "))
                + (findings.size() > named.size() ? " and " + (findings.size() - named.size()) + " more" : "");
    }

    private static String subject(RunFinding finding) {
        return finding.subject() == null ? "" : " (" + clean(finding.subject()) + ")";
    }

    private static String counts(Digest digest) {
        return digest.count(Notice.NEW) + " new, " + digest.count(Notice.REMINDER) + " reminder(s), " + digest.count(Notice.FIXED) + " fixed";
    }

    private static String reminders(NotifySettings settings) {
        return settings.remindAfterDays().isEmpty() ? "never"
                : settings.remindAfterDays().stream().map(String::valueOf).collect(Collectors.joining(" and ")) + " days after the first mail";
    }

    /**
     * Untrusted text made safe for one line of the body: control characters (CR, LF, TAB, NUL,
     * NEL), line and paragraph separators and bidi overrides become '?', and it is cut at
     * {@link #MAX_FIELD} characters.
     */
    static String clean(String untrusted) {
        if (untrusted == null) {
            return "";
        }
        String safe = untrusted.replaceAll("[\\p{Cc}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]", "?");
        return safe.length() <= MAX_FIELD ? safe : safe.substring(0, MAX_FIELD) + "...";
    }
}
