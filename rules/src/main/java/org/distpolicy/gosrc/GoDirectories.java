package org.distpolicy.gosrc;

/**
 * Which directories of a Go tree the go tool leaves out of the tree's packages: those named
 * testdata, or starting with "_" or "." (importable only by naming them), and vendor trees.
 */
public final class GoDirectories {
    private GoDirectories() {
    }

    /** A directory, relative to the tree root, at or below testdata/, _x/ or .x/. */
    public static boolean hidden(String relativeDirectory) {
        for (String element : relativeDirectory.split("/")) {
            if (element.equals("testdata") || element.startsWith("_") || element.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** A directory, relative to the tree root, at or below a vendor/ directory. */
    public static boolean vendored(String relativeDirectory) {
        return relativeDirectory.equals("vendor") || relativeDirectory.startsWith("vendor/") || relativeDirectory.contains("/vendor/")
                || relativeDirectory.endsWith("/vendor");
    }

    /** Neither hidden nor vendored: where the tree's own packages (and nested modules) are. */
    public static boolean listed(String relativeDirectory) {
        return !hidden(relativeDirectory) && !vendored(relativeDirectory);
    }
}
