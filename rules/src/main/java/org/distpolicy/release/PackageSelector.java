package org.distpolicy.release;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a change list (--remove, --changed): {@code package} means every version of it,
 * {@code package@version} that version. Blank lines and {@code #} comments are skipped.
 *
 * @param version null for every version
 */
public record PackageSelector(String name, String version) {
    public static List<PackageSelector> parseLines(String text) {
        List<PackageSelector> selectors = new ArrayList<>();
        for (String raw : text.split("\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            int at = line.lastIndexOf('@');
            if (at == 0 || at == line.length() - 1) {
                throw new IllegalArgumentException("'" + line + "' is neither package nor package@version");
            }
            selectors.add(at < 0 ? new PackageSelector(line, null) : new PackageSelector(line.substring(0, at), line.substring(at + 1)));
        }
        return selectors;
    }

    public boolean matches(PackageVersion pkg) {
        return pkg.name().equals(name) && (version == null || version.equals(pkg.version()));
    }

    @Override
    public String toString() {
        return version == null ? name : name + "@" + version;
    }
}
