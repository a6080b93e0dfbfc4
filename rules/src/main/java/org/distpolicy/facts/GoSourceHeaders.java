package org.distpolicy.facts;

import java.util.Map;
import java.util.TreeMap;
import org.distpolicy.archive.HeadSink;
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
        if (!path.endsWith(".go")) {
            return false;
        }
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            String dir = segments[i];
            if (dir.equals("vendor") || dir.equals("testdata") || dir.startsWith("_") || dir.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void accept(String path, byte[] head, boolean complete) {
        headers.put(path, GoFileHeader.parse(head, complete));
    }

    Map<String, GoFileHeader> headers() {
        return headers;
    }
}
