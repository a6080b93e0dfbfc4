package org.distpolicy.archive;

/**
 * One entry of a package tree as its container names it (tar, zip or directory listing),
 * before any check; {@code linkTarget} is set for links only.
 */
public record TreeEntry(String name, EntryType type, long declaredSize, String linkTarget) {
    public static TreeEntry file(String name, long size) {
        return new TreeEntry(name, EntryType.FILE, size, null);
    }
}
