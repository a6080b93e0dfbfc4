package org.distpolicy.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Comparator;
import org.distpolicy.hash.Sha256;

/**
 * What a listing says about an artifact, without reading it: hex sha256 over each of its files'
 * path, size, link flag and modification time, in path order. Any rewrite that changes a size or
 * a modification time, adds, removes or renames a file changes the stamp.
 */
public final class ListingStamp {
    private ListingStamp() {
    }

    public static String of(Collection<ListedFile> files) {
        MessageDigest sha256 = Sha256.newDigest();
        files.stream().sorted(Comparator.comparing(ListedFile::path)).forEach(f -> sha256.update(
                (f.path() + '\0' + f.size() + '\0' + f.symlink() + '\0' + f.modifiedMillis() + '\n').getBytes(StandardCharsets.UTF_8)));
        return Sha256.hex(sha256);
    }
}
