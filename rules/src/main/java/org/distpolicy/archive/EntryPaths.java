package org.distpolicy.archive;

import java.util.ArrayDeque;
import java.util.Deque;

/** Safety of entry names and link targets: nothing may point outside the package. */
public final class EntryPaths {
    private EntryPaths() {
    }

    /** Why the name is unsafe, or null when it is a plain relative path. */
    static String unsafeName(String name) {
        if (name.isEmpty()) {
            return "empty entry name";
        }
        if (name.indexOf('\0') >= 0) {
            return "entry name with a NUL byte";
        }
        if (isAbsolute(name)) {
            return "absolute entry name";
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return "entry name with a '..' component";
            }
        }
        return null;
    }

    /**
     * Why a link is unsafe, or null when its target stays inside the package.
     *
     * @param linkName the link's own path, relative to the package root
     * @param target   the target as written: relative to the link's directory for symlinks
     */
    static String unsafeSymlink(String linkName, String target) {
        if (target == null || target.isEmpty()) {
            return "symlink without a target";
        }
        if (isAbsolute(target)) {
            return "symlink to an absolute path (" + target + ")";
        }
        return resolveLink(linkName, target) == null ? "symlink pointing outside the package (" + target + ")" : null;
    }

    /**
     * The path a relative link points to, relative to the same root as {@code linkName}; null
     * when the target is missing, absolute or leaves the root.
     */
    public static String resolveLink(String linkName, String target) {
        if (target == null || target.isEmpty() || isAbsolute(target)) {
            return null;
        }
        Deque<String> resolved = new ArrayDeque<>();
        String[] own = linkName.split("/");
        for (int i = 0; i < own.length - 1; i++) {
            resolved.addLast(own[i]);
        }
        for (String segment : target.split("[/\\\\]")) {
            if (segment.equals("..")) {
                if (resolved.isEmpty()) {
                    return null;
                }
                resolved.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                resolved.addLast(segment);
            }
        }
        return String.join("/", resolved);
    }

    private static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.startsWith("\\")
                || (path.length() >= 2 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0)));
    }
}
