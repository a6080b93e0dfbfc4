package org.distpolicy.gomod.vendor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.gomod.GoModFile;

/**
 * Whether a module tree's vendor/ can build it: cmd/go's own checks first ({@link CmdGoVendorCheck}),
 * then what cmd/go only finds out later or never: listed packages missing from vendor/,
 * vendored packages nobody listed, and a vendor/ without modules.txt.
 */
public final class VendorConsistency {
    private VendorConsistency() {
    }

    /**
     * @param modulesTxt the parsed vendor/modules.txt, or null when the tree has none
     * @param treeFiles  every regular file of the tree, paths relative to its root
     * @return nothing when the tree has no vendor/ or it is consistent; cmd/go's objections first
     */
    public static List<Inconsistency> check(GoModFile goMod, ModulesTxt modulesTxt, List<FileEntry> treeFiles) {
        VendorTree vendor = VendorTree.of(treeFiles);
        if (vendor.isEmpty()) {
            return List.of();
        }
        List<Inconsistency> found = new ArrayList<>(CmdGoVendorCheck.check(goMod, modulesTxt == null ? ModulesTxt.ABSENT : modulesTxt));
        if (modulesTxt == null) {
            if (!goMod.requires().isEmpty()) {
                found.add(tree(VendorTree.DIRECTORY + " holds " + vendor.files().size() + " files but no modules.txt: go build -mod=vendor finds none of the "
                        + goMod.requires().size() + " modules go.mod requires in it"));
            }
            return found;
        }
        if (modulesTxt.workspace()) {
            found.add(tree("vendor/modules.txt is for a workspace (## workspace), not for this module: go 1.22 and later ignore this vendor directory"));
        }
        Set<String> directories = vendor.packageDirectories();
        modulesTxt.packageModules().forEach((pkg, module) -> {
            if (!directories.contains(pkg)) {
                found.add(tree("vendor/modules.txt lists package " + pkg + " of " + module + ", but vendor/" + pkg + "/ holds no .go files"));
            }
        });
        for (String directory : directories) {
            if (!modulesTxt.packageModules().containsKey(directory)) {
                found.add(tree("vendor/" + directory + "/ holds .go files, but vendor/modules.txt lists no package " + directory));
            }
        }
        return found;
    }

    private static Inconsistency tree(String message) {
        return new Inconsistency(Inconsistency.Source.VENDOR_TREE, message);
    }
}
