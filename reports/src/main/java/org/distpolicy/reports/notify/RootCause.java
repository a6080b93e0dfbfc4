package org.distpolicy.reports.notify;

/**
 * The problem that makes a capability uninstallable, from the run's {@code broken} table: what
 * a {@code *}{@code /broken-transitively} finding is grouped under.
 *
 * @param rule    the root problem's rule
 * @param root    where it is, e.g. "serde 1.0.210 feature serde_derive"
 * @param problem what it is
 */
public record RootCause(String rule, String root, String problem) {
}
