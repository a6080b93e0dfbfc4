package org.distpolicy.reports.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.distpolicy.rules.Rule;
import org.distpolicy.rules.RuleCatalogue;

/**
 * What to do about a finding: the rule's fix text from the catalogue, made concrete where the
 * run's {@code requires} table knows more. A missing crate names the crate and version to package
 * (or the feature to patch out); a broken-transitively finding points at its root cause's fix.
 */
final class Advice {
    private final Map<String, List<String>> missingByCapability = new LinkedHashMap<>();

    /** @param requires rows of the run's {@code requires} table */
    Advice(List<Map<String, Object>> requires) {
        for (Map<String, Object> row : requires) {
            String status = (String) row.get("status");
            boolean missing = "missing-crate".equals(status) || "missing-module".equals(status);
            if (missing && !"dev".equals(row.get("kind"))) {
                List<String> wanted = missingByCapability.computeIfAbsent(key(row.get("package"), row.get("version"), row.get("capability")),
                        k -> new ArrayList<>());
                String entry = wanted((String) row.get("required_capability"), (String) row.get("version_requirement"));
                if (!wanted.contains(entry)) {
                    wanted.add(entry);
                }
            }
        }
    }

    /** The capability a finding is about, as the graph tables name it. */
    static String capability(String ecosystem, String packageName, String subject) {
        if ("go".equals(ecosystem)) {
            return subject == null ? "gomod(" + packageName + ")" : "golang(" + subject + ")";
        }
        return subject == null ? "crate(" + packageName + ")" : "crate(" + packageName + "/" + subject + ")";
    }

    String of(String ruleId, String ecosystem, String packageName, String version, String subject, String message, RootCause root) {
        if (root != null) {
            return "fix the root cause above (" + root.root() + "; its maintainer gets it too): " + fixText(root.rule())
                    + " Nothing needs changing in this package itself.";
        }
        List<String> wanted = switch (ruleId) {
            case "cargo/missing-crate" -> missingByCapability.getOrDefault(
                    key(packageName, version, capability(ecosystem, packageName, subject)), List.of());
            case "go/missing-module" -> missingByCapability.getOrDefault(key(packageName, version, "gomod(" + packageName + ")"), List.of());
            default -> List.of();
        };
        // One capability can miss several dependencies, each its own finding: keep those the finding's message names.
        List<String> named = wanted.stream().filter(w -> names(message, w.substring(0, w.indexOf(' ')))).toList();
        if (named.isEmpty()) {
            return fixText(ruleId);
        }
        String patchOut = ruleId.startsWith("cargo/")
                ? subject == null ? "remove the dependency from Cargo.toml" : "patch feature " + subject + " out of Cargo.toml"
                : "patch the requirement out of go.mod";
        return "package " + String.join(" and ", named) + ", or " + patchOut + ".";
    }

    private static boolean names(String message, String dependency) {
        return message.contains("crate(" + dependency + ")") || message.contains("crate(" + dependency + "/")
                || message.contains(" " + dependency + " ");
    }

    private static String fixText(String ruleId) {
        return RuleCatalogue.find(ruleId).map(Rule::fix).orElse("see the rule catalogue for " + ruleId + ".");
    }

    /** "serde_derive =1.0.210" from crate(serde_derive) (or a feature of it, crate(serde_derive/std)) and =1.0.210; "any version" for *. */
    private static String wanted(String capability, String requirement) {
        String name = capability.substring(capability.indexOf('(') + 1, capability.length() - 1);
        if (capability.startsWith("crate(") && name.contains("/")) {
            name = name.substring(0, name.indexOf('/'));
        }
        return name + " " + ("*".equals(requirement) ? "(any version)" : requirement);
    }

    static String key(Object packageName, Object version, Object capability) {
        return Objects.toString(packageName) + "\u0000" + Objects.toString(version) + "\u0000" + Objects.toString(capability);
    }
}
