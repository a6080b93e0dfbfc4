package org.distpolicy.rules;

import java.util.List;

/** A list in a finding's message: the first few items, and how many more there are. */
public final class ShortList {
    public static final int SHOWN = 10;

    private ShortList() {
    }

    public static String of(List<String> items) {
        String shown = String.join("; ", items.subList(0, Math.min(SHOWN, items.size())));
        return items.size() > SHOWN ? shown + "; and " + (items.size() - SHOWN) + " more" : shown;
    }
}
