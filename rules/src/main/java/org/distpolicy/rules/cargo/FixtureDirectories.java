package org.distpolicy.rules.cargo;

import java.util.Set;

/**
 * Directories whose contents only tests, examples, benchmarks or fuzzers use. Cargo never
 * builds a library from them, so what they hold (a Cargo.toml a test parses, a C file a test
 * compiles) is a fixture, not something the crate ships into the distro's build.
 */
final class FixtureDirectories {
    /**
     * Words that make a directory a fixture directory, alone or as a "-" or "_" separated part of
     * its name: tests/, test-data/, nanorand-fuzz/, benchmark_tools/, testing-tools/.
     */
    private static final Set<String> WORDS = Set.of(
            "test", "tests", "testing", "testdata", "testserver", "fixture", "fixtures",
            "example", "examples", "bench", "benches", "benchmark", "benchmarks", "fuzz");
    private static final String VENDOR = "vendor";

    private FixtureDirectories() {
    }

    /**
     * Whether any directory of a package-relative path (not its file name) is a fixture
     * directory. A directory right below vendor/ is named after the crate it holds (test-log,
     * criterion), never after what it is for, so its name does not count.
     */
    static boolean contains(String path) {
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            boolean namedAfterACrate = i > 0 && parts[i - 1].equals(VENDOR);
            if (!namedAfterACrate && isFixtureName(parts[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFixtureName(String directory) {
        for (String word : directory.split("[-_]")) {
            if (WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
