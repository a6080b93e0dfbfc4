package org.distpolicy.datasets;

import java.nio.charset.StandardCharsets;

/** One entry to write into a generated package: a file, a symlink or a hard link. */
public record Entry(String name, byte[] content, Type type, String linkTarget) {
    public enum Type { FILE, SYMLINK, HARDLINK }

    public static Entry file(String name, String content) {
        return new Entry(name, content.getBytes(StandardCharsets.UTF_8), Type.FILE, null);
    }

    public static Entry file(String name, byte[] content) {
        return new Entry(name, content, Type.FILE, null);
    }

    public static Entry symlink(String name, String target) {
        return new Entry(name, new byte[0], Type.SYMLINK, target);
    }

    public static Entry hardlink(String name, String target) {
        return new Entry(name, new byte[0], Type.HARDLINK, target);
    }
}
