package org.distpolicy.gomod.vendor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.facts.GoModuleFacts;

/**
 * The cross-archive half of go/inconsistent-vendoring: are the vendored copies of modules the
 * releases the archive holds, or patched? Pure functions; the Spark job joins the two sides.
 */
public final class VendoredCopies {
    private VendoredCopies() {
    }

    /**
     * The files under vendor/ that belong to a vendored module, with the module they were copied
     * from. The longest module path owns a file (vendor/a/b/ holds module a/b even when module a
     * is vendored too). Modules replaced by a directory have no release to compare with and are
     * left out, as are files no module owns.
     */
    public static List<VendoredFile> files(GoModuleFacts tree, ModulesTxt modulesTxt) {
        Map<String, ModuleVersion> sourceByVendoredPath = new HashMap<>();
        for (ModuleVersion m : modulesTxt.vendorList()) {
            ModuleVersion replacement = modulesTxt.meta(m).replacement();
            if (replacement == null) {
                sourceByVendoredPath.put(m.path(), m);
            } else if (!replacement.version().isEmpty()) {
                sourceByVendoredPath.put(m.path(), replacement);
            } else {
                // a directory replacement shadows the path, so its files are not claimed by a shorter module
                sourceByVendoredPath.put(m.path(), null);
            }
        }
        List<VendoredFile> out = new ArrayList<>();
        for (FileEntry f : VendorTree.of(tree.files()).files()) {
            String path = f.path().substring(VendorTree.DIRECTORY.length());
            String owner = owner(path, sourceByVendoredPath);
            ModuleVersion source = owner == null ? null : sourceByVendoredPath.get(owner);
            if (source != null) {
                out.add(new VendoredFile(source.path(), source.version(), path.substring(owner.length() + 1), f.sha256()));
            }
        }
        return out;
    }

    /** The longest vendored module path that is a directory prefix of path. */
    private static String owner(String path, Map<String, ModuleVersion> modules) {
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            String dir = path.substring(0, slash);
            if (modules.containsKey(dir)) {
                return dir;
            }
        }
        return null;
    }

    /**
     * The vendored files of one module version that differ from its archived release or are not
     * in it. A release file missing from vendor/ is normal: go mod vendor copies only the
     * packages the build uses, and no tests.
     *
     * @param vendored            vendored files of any modules; those of modulePath@version are compared
     * @param archivedModuleFiles the archived release's files, relative to its module root
     */
    public static List<CopyDifference> compare(String modulePath, String version, List<VendoredFile> vendored,
                                               List<FileEntry> archivedModuleFiles) {
        Map<String, String> archived = new LinkedHashMap<>();
        for (FileEntry f : archivedModuleFiles) {
            archived.put(f.path(), f.sha256());
        }
        List<CopyDifference> differences = new ArrayList<>();
        for (VendoredFile f : vendored) {
            if (!f.modulePath().equals(modulePath) || !f.version().equals(version)) {
                continue;
            }
            String release = archived.get(f.path());
            if (release == null) {
                differences.add(new CopyDifference(f.path(), CopyDifference.Kind.EXTRA, f.sha256(), null));
            } else if (!release.equals(f.sha256())) {
                differences.add(new CopyDifference(f.path(), CopyDifference.Kind.DIFFERENT, f.sha256(), release));
            }
        }
        differences.sort(Comparator.comparing(CopyDifference::path));
        return differences;
    }
}
