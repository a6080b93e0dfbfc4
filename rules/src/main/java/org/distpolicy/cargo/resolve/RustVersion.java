package org.distpolicy.cargo.resolve;

import java.util.Map;
import java.util.Optional;
import org.distpolicy.cargo.CargoPackage;

/** The rustc a crate needs: its rust-version, or else the first release that knows its edition. */
public final class RustVersion {
    private static final Map<String, String> EDITION_RUSTC = Map.of("2018", "1.31.0", "2021", "1.56.0", "2024", "1.85.0");

    private RustVersion() {
    }

    /** A needed rustc and the manifest key that says so ("rust-version 1.70", "edition 2021"). */
    public record Need(String rustc, String because) {
    }

    public static Optional<Need> required(CargoPackage pkg) {
        if (pkg.rustVersion() != null) {
            return Optional.of(new Need(pkg.rustVersion(), "rust-version " + pkg.rustVersion()));
        }
        if (pkg.edition() != null && EDITION_RUSTC.containsKey(pkg.edition())) {
            return Optional.of(new Need(EDITION_RUSTC.get(pkg.edition()), "edition " + pkg.edition()));
        }
        return Optional.empty();
    }

    /** Compares "1.70", "1.70.0", "1.80.1" numerically; a component that is no number counts as 0. */
    public static int compare(String a, String b) {
        String[] left = a.trim().split("[.\\-+]");
        String[] right = b.trim().split("[.\\-+]");
        for (int i = 0; i < 3; i++) {
            int diff = Long.compare(number(left, i), number(right, i));
            if (diff != 0) {
                return diff;
            }
        }
        return 0;
    }

    private static long number(String[] parts, int index) {
        if (index >= parts.length) {
            return 0;
        }
        try {
            return Long.parseLong(parts[index]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
