package org.distpolicy.cargo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns character offsets in a text into line and column. */
final class LineIndex {
    private final int[] lineStarts;

    LineIndex(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    SourcePosition positionOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int lineIndex = found >= 0 ? found : -found - 2;
        return new SourcePosition(lineIndex + 1, offset - lineStarts[lineIndex] + 1);
    }
}
