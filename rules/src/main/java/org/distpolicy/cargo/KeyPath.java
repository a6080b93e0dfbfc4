package org.distpolicy.cargo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a value sits in a TOML document: table keys and array indexes from the root. Renders as the
 * dotted key a maintainer would write, quoting keys that are not bare, e.g.
 * {@code target.'cfg(windows)'.dependencies.winapi} or {@code bin[1].name}.
 */
public final class KeyPath {
    private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");
    private static final KeyPath ROOT = new KeyPath(List.of());

    /** Each element is a String (a table key) or an Integer (an array index). */
    private final List<Object> segments;

    private KeyPath(List<Object> segments) {
        this.segments = segments;
    }

    public static KeyPath root() {
        return ROOT;
    }

    public KeyPath key(String key) {
        return append(key);
    }

    public KeyPath index(int index) {
        return append(index);
    }

    boolean isRoot() {
        return segments.isEmpty();
    }

    KeyPath parent() {
        return new KeyPath(segments.subList(0, segments.size() - 1));
    }

    private KeyPath append(Object segment) {
        List<Object> longer = new ArrayList<>(segments.size() + 1);
        longer.addAll(segments);
        longer.add(segment);
        return new KeyPath(Collections.unmodifiableList(longer));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyPath path && segments.equals(path.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder dotted = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                dotted.append('[').append(index).append(']');
            } else {
                if (dotted.length() > 0) {
                    dotted.append('.');
                }
                dotted.append(quoteIfNeeded((String) segment));
            }
        }
        return dotted.toString();
    }

    private static String quoteIfNeeded(String key) {
        if (BARE_KEY.matcher(key).matches()) {
            return key;
        }
        if (key.indexOf('\'') < 0 && key.chars().noneMatch(Character::isISOControl)) {
            return "'" + key + "'";
        }
        StringBuilder quoted = new StringBuilder("\"");
        key.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else if (Character.isISOControl(c)) {
                quoted.append(String.format("\\u%04X", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }
}
