package org.distpolicy.gosrc;

import java.io.Serializable;
import java.util.List;

/**
 * The packages a source tree provides, sorted by import path, and the problems found on the way,
 * each naming its directory or file relative to the tree root.
 */
public record GoTreePackages(List<GoPackage> packages, List<String> problems) implements Serializable {
    public GoTreePackages {
        packages = List.copyOf(packages);
        problems = List.copyOf(problems);
    }
}
