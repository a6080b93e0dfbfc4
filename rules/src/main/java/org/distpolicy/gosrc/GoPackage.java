package org.distpolicy.gosrc;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One package a source tree provides for the distro's build.
 *
 * @param importPath  the module path joined with dir
 * @param dir         the directory relative to the tree root, "" for the root
 * @param name        the package name as go/build takes it, from the first building file in sorted
 *                    order (an external test's "_test" suffix dropped); "main" for a command
 * @param imports     what its building non-test files import, sorted by path, each path once and
 *                    located at its first import in sorted file order; without "C" and the package
 *                    itself
 * @param testImports what its building _test.go files (internal and external test packages)
 *                    import beyond imports, on the same terms
 */
public record GoPackage(String importPath, String dir, String name, List<GoPackageImport> imports,
                        List<GoPackageImport> testImports) implements Serializable {
    public GoPackage {
        Objects.requireNonNull(importPath, "importPath");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(name, "name");
        imports = List.copyOf(imports);
        testImports = List.copyOf(testImports);
    }

    /** Whether this is a command (package main), which builds a program and cannot be imported. */
    public boolean command() {
        return name.equals("main");
    }
}
