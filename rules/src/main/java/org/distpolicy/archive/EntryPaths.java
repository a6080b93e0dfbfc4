package org.distpolicy.archive;

import java.util.ArrayDeque;
import java.util.Deque;

/** Safety of entry names and link targets: nothing may point outside the package. */
final class EntryPaths {
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
        Deque<String> resolved = new ArrayDeque<>();
        String[] own = linkName.split("/");
        for (int i = 0; i < own.length - 1; i++) {
            resolved.addLast(own[i]);
        }
        for (String segment : target.split("[/\\\\]")) {
            if (segment.equals("..")) {
                if (resolved.isEmpty()) {
                    return "symlink pointing outside the package (" + target + ")";
                }
                resolved.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                resolved.addLast(segment);
            }
        }
        return null;
    }

    private static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.startsWith("\\")
                || (path.length() >= 2 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0)));
    }
}
