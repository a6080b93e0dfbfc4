package org.distpolicy.rules.cargo;

import java.util.Set;

/**
 * Directories whose contents only tests, examples, benchmarks or fuzzers use. Cargo never
 * builds a library from them, so what they hold (a Cargo.toml a test parses, a C file a test
 * compiles) is a fixture, not something the crate ships into the distro's build.
 */
final class FixtureDirectories {
    private static final Set<String> NAMES = Set.of(
            "tests", "test", "testdata", "test-data", "test_data", "fixtures", "test-fixtures",
            "examples", "example", "benches", "bench", "benchmarks", "fuzz");

    private FixtureDirectories() {
    }

    /** Whether any directory of a package-relative path (not its file name) is a fixture directory. */
    static boolean contains(String path) {
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (NAMES.contains(parts[i])) {
                return true;
            }
        }
        return false;
    }
}
