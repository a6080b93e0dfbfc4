package org.distpolicy.rules.go;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.facts.GoModuleFacts;
import org.distpolicy.gomod.vendor.ModuleVersion;
import org.distpolicy.gomod.vendor.ModulesTxt;
import org.distpolicy.gomod.vendor.VendorTree;
import org.distpolicy.gosrc.GoDirectories;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.GoModuleRule;
import org.distpolicy.rules.Severity;
import org.distpolicy.rules.ShortList;

/** {@code go/vendored-dependencies}: the tree ships a {@code vendor/} directory. */
public final class GoVendoredDependencies extends GoModuleRule {
    public static final GoVendoredDependencies INSTANCE = new GoVendoredDependencies();

    private GoVendoredDependencies() {
        super("go/vendored-dependencies", Severity.ERROR,
                "the tree ships vendor/: copies of its dependencies",
                """
                cmd/go builds from vendor/ instead of the archived modules, so the package carries its
                own copies of other packages: a security fix to the archived module never reaches it,
                and nobody can tell which of the copies were patched. GOPATH mode uses every
                directory named vendor, at any depth. Example: `vendor/modules.txt` listing
                `# golang.org/x/net v0.20.0` and vendor/golang.org/x/net/http2/*.go.""",
                "Delete vendor/ when packaging and build against the archived modules; package what is missing.");
    }

    @Override
    public List<Finding> check(GoModuleFacts module) {
        Map<String, List<FileEntry>> byVendorDirectory = new LinkedHashMap<>();
        for (FileEntry f : module.files()) {
            String directory = vendorDirectory(f.path());
            // A vendor/ below testdata/ or _x/ is a test fixture: the go tool never builds from it.
            if (directory != null && !GoDirectories.hidden(directory)) {
                byVendorDirectory.computeIfAbsent(directory, d -> new ArrayList<>()).add(f);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byVendorDirectory.forEach((directory, files) -> findings.add(finding(module, directory,
                "ships " + directory + " with " + files.size() + " files: " + vendored(module, directory, files), directory)));
        return findings;
    }

    /** "vendor/" or "a/b/vendor/" for a file inside one, the outermost if nested; else null. */
    private static String vendorDirectory(String path) {
        if (path.startsWith(VendorTree.DIRECTORY)) {
            return VendorTree.DIRECTORY;
        }
        int at = path.indexOf("/" + VendorTree.DIRECTORY);
        return at < 0 ? null : path.substring(0, at + 1 + VendorTree.DIRECTORY.length());
    }

    /** The modules modules.txt names, or else the outermost vendored package directories. */
    private static String vendored(GoModuleFacts module, String directory, List<FileEntry> files) {
        if (directory.equals(VendorTree.DIRECTORY) && module.vendorModulesTxt() != null) {
            List<String> modules = new ArrayList<>(new LinkedHashSet<>(
                    ModulesTxt.parse(module.vendorModulesTxt()).vendorList().stream().map(ModuleVersion::toString).toList()));
            return modules.size() + " modules (" + ShortList.of(modules) + ")";
        }
        List<FileEntry> relative = files.stream()
                .map(f -> new FileEntry(VendorTree.DIRECTORY + f.path().substring(directory.length()), f.size(), f.sha256()))
                .toList();
        List<String> roots = new ArrayList<>();
        for (String pkg : new TreeSet<>(new VendorTree(relative).packageDirectories())) {
            if (roots.isEmpty() || !pkg.startsWith(roots.get(roots.size() - 1) + "/")) {
                roots.add(pkg);
            }
        }
        return roots.isEmpty() ? "no Go packages" : roots.size() + " package trees (" + ShortList.of(roots) + ")";
    }
}
