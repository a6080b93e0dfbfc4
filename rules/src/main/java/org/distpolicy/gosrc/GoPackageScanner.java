package org.distpolicy.gosrc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tells which packages a module's source tree provides for a build context, and what they
 * import, by the rules go/build applies to each directory (ImportDir) and cmd/go applies to the
 * tree (which directories belong to the module at all).
 */
public final class GoPackageScanner {
    private static final String GO_MOD = "go.mod";
    private static final Comparator<GoPackageImport> BY_PATH = Comparator.comparing(GoPackageImport::path);

    private GoPackageScanner() {
    }

    /**
     * A directory is a package when it holds a non-test .go file that builds for the context.
     * Directories named testdata or vendor, or starting with "_" or ".", are skipped with all below
     * them, and so are nested modules (a subdirectory with its own go.mod, and all below it).
     * Files of package "documentation" are ignored, as go/build does.
     *
     * @param modulePath the tree's module path, the import path of its root directory
     * @param files      every regular file of the tree, relative to its root (nested go.mod files
     *                   mark the directories that belong to other modules)
     * @param headers    the parsed headers of the tree's .go files, by path relative to the root;
     *                   .go files without a header are not considered
     */
    public static GoTreePackages scan(String modulePath, List<String> files, Map<String, GoFileHeader> headers,
                                      GoBuildContext context) {
        Set<String> nestedModules = new HashSet<>();
        for (String file : files) {
            if (file.endsWith("/" + GO_MOD)) {
                nestedModules.add(file.substring(0, file.length() - GO_MOD.length() - 1));
            }
        }
        Map<String, List<String>> goFilesByDir = new TreeMap<>();
        headers.keySet().stream().filter(path -> path.endsWith(".go")).sorted().forEach(path -> {
            String dir = parent(path);
            if (!skipped(dir, nestedModules)) {
                goFilesByDir.computeIfAbsent(dir, d -> new ArrayList<>()).add(path);
            }
        });
        List<GoPackage> packages = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        goFilesByDir.forEach((dir, paths) -> {
            String importPath = dir.isEmpty() ? modulePath : modulePath + "/" + dir;
            DirectoryScan scan = new DirectoryScan(dir, importPath);
            for (String path : paths) {
                scan.add(path, headers.get(path), context);
            }
            problems.addAll(scan.problems);
            if (scan.hasNonTestFile) {
                packages.add(scan.toPackage());
            }
        });
        packages.sort(Comparator.comparing(GoPackage::importPath));
        return new GoTreePackages(packages, problems);
    }

    /** Whether cmd/go leaves the directory out of the module's packages. */
    private static boolean skipped(String dir, Set<String> nestedModules) {
        if (dir.isEmpty()) {
            return false;
        }
        if (!GoDirectories.listed(dir)) {
            return true;
        }
        String prefix = "";
        for (String element : dir.split("/")) {
            prefix = prefix.isEmpty() ? element : prefix + "/" + element;
            if (nestedModules.contains(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** go/build's walk over one directory's files, in sorted order. */
    private static final class DirectoryScan {
        private final String dir;
        private final String importPath;
        private final List<String> problems = new ArrayList<>();
        private final Map<String, GoPackageImport> imports = new HashMap<>();
        private final Map<String, GoPackageImport> testImports = new HashMap<>();
        private String name;
        private String firstFile;
        private boolean hasNonTestFile;
        private boolean reportedMultiplePackages;

        DirectoryScan(String dir, String importPath) {
            this.dir = dir;
            this.importPath = importPath;
        }

        void add(String path, GoFileHeader header, GoBuildContext context) {
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            if (fileName.startsWith("_") || fileName.startsWith(".")) {
                return;
            }
            if (header.problem() != null) {
                problems.add(path + ": " + header.problem());
            }
            String packageName = header.packageName();
            if (packageName.isEmpty() || packageName.equals("documentation") || !context.builds(path, header)) {
                return;
            }
            boolean test = fileName.endsWith("_test.go");
            if (test && packageName.endsWith("_test") && !packageName.equals(name)) {
                packageName = packageName.substring(0, packageName.length() - "_test".length());
            }
            if (name == null) {
                name = packageName;
                firstFile = fileName;
            } else if (!packageName.equals(name) && !reportedMultiplePackages) {
                reportedMultiplePackages = true;
                problems.add((dir.isEmpty() ? "." : dir) + ": found packages " + name + " (" + firstFile + ") and "
                        + packageName + " (" + fileName + ")");
            }
            hasNonTestFile |= !test;
            for (GoImport imported : header.imports()) {
                if (!imported.path().equals("C") && !imported.path().equals(importPath)) {
                    (test ? testImports : imports).putIfAbsent(imported.path(),
                            new GoPackageImport(imported.path(), path, imported.line()));
                }
            }
        }

        GoPackage toPackage() {
            List<GoPackageImport> testOnly = testImports.values().stream()
                    .filter(i -> !imports.containsKey(i.path()))
                    .sorted(BY_PATH)
                    .toList();
            return new GoPackage(importPath, dir, name, imports.values().stream().sorted(BY_PATH).toList(), testOnly);
        }
    }
}
