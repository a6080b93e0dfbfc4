package org.distpolicy.rules.archive;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code archive/dependency-cycle}: packages that can only be built by bootstrapping. */
public final class ArchiveDependencyCycle extends Rule {
    public static final ArchiveDependencyCycle INSTANCE = new ArchiveDependencyCycle();

    private ArchiveDependencyCycle() {
        super("archive/dependency-cycle", Severity.INFO,
                "packages that can only be built by bootstrapping (a cycle through features, build or normal dependencies)",
                """
                A rebuild builds every package after what it needs; packages that need each other have
                no such order. Example: crate foo's optional feature `bar` needs crate bar, while bar
                needs foo (the case packagers know as "foo depends on bar through a feature while bar
                depends on foo"): foo must first be built without `bar`, then bar, then foo again with
                every feature. The finding names the members of the cycle (a strongly connected
                component of the build graph, through normal and build dependencies and features) and
                the features whose optional dependencies a first build drops to break it.""",
                "Bootstrap: build the named packages without the named features first, then the rest of "
                        + "the cycle, then rebuild them with every feature (rebuild-order lists these steps).");
    }
}
