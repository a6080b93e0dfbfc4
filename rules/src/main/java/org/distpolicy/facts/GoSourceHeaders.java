package org.distpolicy.facts;

import java.util.Map;
import java.util.TreeMap;
import org.distpolicy.archive.HeadSink;
import org.distpolicy.gosrc.GoDirectories;
import org.distpolicy.gosrc.GoFileHeader;

/**
 * Parses the header of each .go file of a Go tree as the reader streams it. Files in
 * directories the go tool never builds as the tree's own packages (vendor/, testdata/, names
 * starting with _ or .) are skipped.
 */
final class GoSourceHeaders implements HeadSink {
    private final Map<String, GoFileHeader> headers = new TreeMap<>();

    @Override
    public boolean wants(String path) {
        int slash = path.lastIndexOf('/');
        return path.endsWith(".go") && (slash < 0 || GoDirectories.listed(path.substring(0, slash)));
    }

    @Override
    public void accept(String path, byte[] head, boolean complete) {
        headers.put(path, GoFileHeader.parse(head, complete));
    }

    Map<String, GoFileHeader> headers() {
        return headers;
    }
}
