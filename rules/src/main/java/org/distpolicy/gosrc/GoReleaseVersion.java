package org.distpolicy.gosrc;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Go release as "1.N": what decides the go1.N release tags and which standard packages exist.
 * Patch levels and pre-release suffixes ("1.24.3", "go1.25rc1") do not change either, so they
 * are accepted and dropped.
 */
record GoReleaseVersion(int major, int minor) implements Comparable<GoReleaseVersion>, Serializable {
    private static final Pattern RELEASE = Pattern.compile("(?:go)?([0-9]+)\\.([0-9]+)(?:[.a-z].*)?");

    /** @throws IllegalArgumentException if version does not start with "major.minor" */
    static GoReleaseVersion parse(String version) {
        Matcher m = RELEASE.matcher(version);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a Go version: \"" + version + "\"");
        }
        try {
            return new GoReleaseVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a Go version: \"" + version + "\"", e);
        }
    }

    @Override
    public int compareTo(GoReleaseVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
