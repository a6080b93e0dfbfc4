package org.distpolicy.copy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Files of one content found in two packages, the bundler holding it below a directory at the
 * path the original has it: "vendor/golang.org/x/sys/" + "unix/zerrors.go".
 *
 * @param where the bundler's directory holding the copy, ending in "/"
 */
public record CopyEvidence(CopyFile bundler, CopyFile original, String where) implements Serializable {
    /**
     * A content shared by more packages than this is common stock (generated boilerplate, a
     * well-known test vector) and tells nothing about who copied whom.
     */
    public static final int MAX_PACKAGES_PER_CONTENT = 16;

    /** The copies among the files of one content: every pair of packages of different names where one nests the other's path. */
    public static List<CopyEvidence> among(List<CopyFile> sameContent) {
        long packages = sameContent.stream().map(CopyFile::packageName).distinct().count();
        List<CopyEvidence> evidence = new ArrayList<>();
        if (packages < 2 || packages > MAX_PACKAGES_PER_CONTENT) {
            return evidence;
        }
        for (CopyFile bundler : sameContent) {
            for (CopyFile original : sameContent) {
                if (!bundler.packageName().equals(original.packageName()) && bundler.path().endsWith("/" + original.path())) {
                    evidence.add(new CopyEvidence(bundler, original,
                            bundler.path().substring(0, bundler.path().length() - original.path().length())));
                }
            }
        }
        return evidence;
    }
}
