package org.distpolicy.goresolve;

import java.util.ArrayList;
import java.util.List;
import org.distpolicy.gomod.GoSemver;
import org.distpolicy.resolve.Capability;
import org.distpolicy.resolve.ProvidedVersion;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.resolve.Verdict;

/**
 * Judges a Go requirement against the archived providers of a module or package: "*" takes any,
 * "=V" only the owner's own tree, ">= V" what minimal version selection accepts (V or newer on
 * the same module path, which carries the major version). A source tree without a version
 * satisfies any ">= V": the layout does not say, and GOPATH builds do not ask.
 */
public final class GoRequirementMatcher {
    private GoRequirementMatcher() {
    }

    public static final String ANY = "*";
    public static final String AT_LEAST = ">= ";

    public static String atLeast(String version) {
        return AT_LEAST + version;
    }

    public static Verdict judge(Requirement requirement, List<ProvidedVersion> archived) {
        if (archived.isEmpty()) {
            String what = requirement.required().namespace().equals(Capability.GO_MODULE)
                    ? "no version of " + requirement.required().name() + " is archived"
                    : "no archived module provides it";
            return new Verdict(Verdict.Status.MISSING, List.of(), what);
        }
        String req = requirement.versionReq();
        List<String> satisfiers = new ArrayList<>();
        for (ProvidedVersion candidate : archived) {
            if (matches(req, requirement, candidate)) {
                satisfiers.add(requirement.satisfierNode(candidate));
            }
        }
        if (satisfiers.isEmpty()) {
            return new Verdict(Verdict.Status.NO_MATCHING_VERSION, List.of(), "archived: " + versions(archived));
        }
        return new Verdict(Verdict.Status.SATISFIED, satisfiers, null);
    }

    private static boolean matches(String req, Requirement requirement, ProvidedVersion candidate) {
        if (req.equals(ANY)) {
            return true;
        }
        if (req.startsWith("=")) {
            return candidate.packageName().equals(requirement.packageName()) && candidate.version().equals(req.substring(1));
        }
        if (req.startsWith(AT_LEAST)) {
            return candidate.version().isEmpty() || GoSemver.compare(candidate.version(), req.substring(AT_LEAST.length())) >= 0;
        }
        return false;
    }

    private static String versions(List<ProvidedVersion> archived) {
        return String.join(", ", archived.stream()
                .map(p -> p.version().isEmpty() ? p.packageName() + " (unversioned)" : p.packageName() + " " + p.version())
                .distinct()
                .sorted((a, b) -> GoSemver.compare(a.substring(a.indexOf(' ') + 1), b.substring(b.indexOf(' ') + 1)))
                .toList());
    }
}
