package org.distpolicy.archive;

import java.util.List;
import java.util.Map;

/**
 * What reading a package tree yields.
 *
 * @param files          regular files, paths relative to the package root
 * @param captured       contents of the files the reader was asked to keep (manifests), by path
 * @param uncaptured     files asked for with {@link Capture#IF_WITHIN_LIMIT} that did not fit, in archive order
 * @param unsafeEntries  descriptions of entries that were skipped as unsafe, in archive order
 * @param unpackedBytes  total bytes of all file contents
 */
public record PackageContent(List<FileEntry> files, Map<String, byte[]> captured, List<String> uncaptured,
                             List<String> unsafeEntries, long unpackedBytes) {
}
