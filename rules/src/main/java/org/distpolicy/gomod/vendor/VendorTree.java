package org.distpolicy.gomod.vendor;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.distpolicy.archive.FileEntry;

/** The files of a tree's top-level vendor/ directory: the only one cmd/go reads in module mode. */
public record VendorTree(List<FileEntry> files) {
    public static final String DIRECTORY = "vendor/";
    public static final String MODULES_TXT = "vendor/modules.txt";

    public VendorTree {
        files = List.copyOf(files);
    }

    public static VendorTree of(List<FileEntry> treeFiles) {
        return new VendorTree(treeFiles.stream().filter(f -> f.path().startsWith(DIRECTORY)).toList());
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /**
     * Import paths of the directories holding non-test .go files, the packages cmd/go could load
     * from vendor/; directories cmd/go never treats as packages (testdata, _x, .x) are left out.
     */
    public Set<String> packageDirectories() {
        Set<String> packages = new TreeSet<>();
        for (FileEntry f : files) {
            String path = f.path().substring(DIRECTORY.length());
            int slash = path.lastIndexOf('/');
            if (slash > 0 && isBuildableGoFile(path.substring(slash + 1)) && isPackageDirectory(path.substring(0, slash))) {
                packages.add(path.substring(0, slash));
            }
        }
        return packages;
    }

    private static boolean isBuildableGoFile(String name) {
        return name.endsWith(".go") && !name.endsWith("_test.go");
    }

    private static boolean isPackageDirectory(String dir) {
        for (String element : dir.split("/")) {
            if (element.equals("testdata") || element.startsWith("_") || element.startsWith(".")) {
                return false;
            }
        }
        return true;
    }
}
