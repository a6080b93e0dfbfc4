package org.distpolicy.rules.go;

import java.util.List;

/** A list in a finding's message: the first few items, and how many more there are. */
final class ShortList {
    static final int SHOWN = 10;

    private ShortList() {
    }

    static String of(List<String> items) {
        String shown = String.join("; ", items.subList(0, Math.min(SHOWN, items.size())));
        return items.size() > SHOWN ? shown + "; and " + (items.size() - SHOWN) + " more" : shown;
    }
}
