package org.distpolicy.rules;

import java.io.Serializable;
import java.util.Objects;
import org.distpolicy.hash.Sha256;

/**
 * One problem found in one package (or artifact).
 *
 * @param subject         what inside the package the finding is about (feature, dependency, module
 *                        path, file); null when the whole package is meant
 * @param problemKey      the rule-specific facts that make this problem this problem (the dependency
 *                        and its table, the replaced module, ...): part of the fingerprint, unlike
 *                        the message, which may be reworded
 * @param dependencyClass for broken dependencies: upstream, distro, weak or foreign-target; else null
 * @param maintainer      who the policy file says looks after the package ("Name <email>"); null when unknown
 * @param waived          a policy waiver accepts the problem for now: still reported, never blocking
 * @param waiverReason    the waiver's reason when waived; else null
 */
public record Finding(
        String rule,
        Severity severity,
        Ecosystem ecosystem,
        String packageName,
        String version,
        String subject,
        String message,
        String artifact,
        String problemKey,
        String dependencyClass,
        String maintainer,
        boolean waived,
        String waiverReason) implements Serializable {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(artifact, "artifact");
    }

    public static Finding of(Rule rule, Ecosystem ecosystem, String packageName, String version,
                             String subject, String message, String artifact, String problemKey) {
        return new Finding(rule.id(), rule.defaultSeverity(), ecosystem, packageName, version, subject,
                message, artifact, problemKey, null, null, false, null);
    }

    public Finding withClass(String newDependencyClass) {
        return new Finding(rule, severity, ecosystem, packageName, version, subject, message, artifact,
                problemKey, newDependencyClass, maintainer, waived, waiverReason);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, ecosystem, packageName, version, subject, message, artifact,
                problemKey, dependencyClass, maintainer, waived, waiverReason);
    }

    public Finding withMaintainer(String newMaintainer) {
        return new Finding(rule, severity, ecosystem, packageName, version, subject, message, artifact,
                problemKey, dependencyClass, newMaintainer, waived, waiverReason);
    }

    public Finding waivedBecause(String reason) {
        return new Finding(rule, severity, ecosystem, packageName, version, subject, message, artifact,
                problemKey, dependencyClass, maintainer, true, Objects.requireNonNull(reason, "reason"));
    }

    /**
     * Stable identity of the problem across nightly runs. It leaves out the message (reworded by
     * new releases) and the exact version, so a problem that survives a patch update of its
     * package keeps its fingerprint; it keeps the version's compatibility line, so the same
     * problem in two co-installed semver lines (foo 0.3 and foo 1.x) stays two problems. Without
     * a package name (an unreadable artifact) the artifact path identifies it. What the policy
     * adds (severity, maintainer, waiver) is left out too: editing the policy file must not make
     * known problems look new.
     */
    public String fingerprint() {
        String owner = packageName != null
                ? packageName + '\u0000' + VersionLine.of(ecosystem, version)
                : artifact;
        String identity = String.join("\u0000",
                rule,
                ecosystem == null ? "" : ecosystem.label(),
                owner,
                subject == null ? "" : subject,
                problemKey == null ? "" : problemKey);
        return Sha256.hex(identity).substring(0, 32);
    }
}
