package org.distpolicy.gosrc;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The distro's Go build, as far as it decides which files go/build selects: the targets it builds
 * for, the Go release (which enables the go1.1 … go1.N release tags) and whether cgo is on. The
 * compiler is gc. A file counts when it builds for at least one target.
 *
 * @param targets   the GOOS/GOARCH pairs, at least one
 * @param goVersion the Go release, "1.24" (a patch level or "go" prefix is accepted and ignored)
 * @param cgo       CGO_ENABLED; distros build natively on every architecture, so cgo is on for all
 *                  targets or for none
 */
public record GoBuildContext(List<GoTarget> targets, String goVersion, boolean cgo) implements Serializable {
    private static final String COMPILER = "gc";
    private static final Pattern RELEASE_TAG = Pattern.compile("go1\\.[1-9][0-9]{0,8}");

    public GoBuildContext {
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a Go build context needs at least one target");
        }
        GoReleaseVersion.parse(Objects.requireNonNull(goVersion, "goVersion"));
    }

    /** linux/amd64 and linux/arm64 with cgo on. */
    public static GoBuildContext defaults(String goVersion) {
        return new GoBuildContext(List.of(new GoTarget("linux", "amd64"), new GoTarget("linux", "arm64")),
                goVersion, true);
    }

    /**
     * Whether go/build would select the file for at least one target: its name does not start with
     * "_" or ".", its _GOOS, _GOARCH or _GOOS_GOARCH suffix (if any) matches the target, its
     * constraint holds and, if it imports "C", cgo is on. Whether it is a _test.go file is the
     * caller's business.
     *
     * @param path the file's path relative to the tree root
     */
    public boolean builds(String path, GoFileHeader header) {
        return targets.stream().anyMatch(target -> buildsFor(target, path, header));
    }

    /** {@link #builds} for one target, which need not be one of this context's. */
    public boolean buildsFor(GoTarget target, String path, GoFileHeader header) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.startsWith("_") || name.startsWith(".")) {
            return false;
        }
        if (header.importsC() && !cgo) {
            return false;
        }
        return nameMatches(target, name) && header.constraint().eval(tag -> tagSatisfied(target, tag));
    }

    /**
     * go/build's goodOSArchFile: a name_GOOS, name_GOARCH or name_GOOS_GOARCH suffix (before the
     * first dot, optionally followed by _test) limits the file to that system. A name without a
     * prefix before the suffix ("linux.go") has none, so that new ports do not capture old files.
     */
    private boolean nameMatches(GoTarget target, String name) {
        int dot = name.indexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        int underscore = stem.indexOf('_');
        if (underscore < 0) {
            return true;
        }
        String[] parts = stem.substring(underscore).split("_", -1);
        int n = parts.length;
        if (parts[n - 1].equals("test")) {
            n--;
        }
        if (n >= 2 && GoSysList.KNOWN_OS.contains(parts[n - 2]) && GoSysList.KNOWN_ARCH.contains(parts[n - 1])) {
            return tagSatisfied(target, parts[n - 1]) && tagSatisfied(target, parts[n - 2]);
        }
        if (n >= 1 && (GoSysList.KNOWN_OS.contains(parts[n - 1]) || GoSysList.KNOWN_ARCH.contains(parts[n - 1]))) {
            return tagSatisfied(target, parts[n - 1]);
        }
        return true;
    }

    /** go/build's matchTag, without custom build tags or GOEXPERIMENT tags. */
    boolean tagSatisfied(GoTarget target, String tag) {
        String goos = target.goos();
        if (tag.equals("cgo")) {
            return cgo;
        }
        if (tag.equals(goos) || tag.equals(target.goarch()) || tag.equals(COMPILER)) {
            return true;
        }
        if (tag.equals("linux") && goos.equals("android")
                || tag.equals("solaris") && goos.equals("illumos")
                || tag.equals("darwin") && goos.equals("ios")) {
            return true;
        }
        if (tag.equals("unix")) {
            return GoSysList.UNIX_OS.contains(goos);
        }
        if (!RELEASE_TAG.matcher(tag).matches()) {
            return false;
        }
        GoReleaseVersion release = GoReleaseVersion.parse(goVersion);
        return release.major() > 1 || Integer.parseInt(tag.substring("go1.".length())) <= release.minor();
    }
}
