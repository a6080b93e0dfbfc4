package org.distpolicy.policy;

import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as people write them in the policy file: "2GiB", "512MiB", "64KiB", "1000B" or "1000". */
final class ByteSize {
    private static final Pattern SIZE = Pattern.compile("([0-9]+)\\s*(B|KiB|MiB|GiB|TiB)?");
    // Binary units only: "GB" would leave the reader guessing between 10^9 and 2^30.
    private static final Map<String, Integer> SHIFTS = Map.of("B", 0, "KiB", 10, "MiB", 20, "GiB", 30, "TiB", 40);

    private ByteSize() {
    }

    /** The number of bytes, or empty when the text is no size or overflows a long. */
    static OptionalLong parse(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        int shift = m.group(2) == null ? 0 : SHIFTS.get(m.group(2));
        try {
            long number = Long.parseLong(m.group(1));
            return number > (Long.MAX_VALUE >> shift) ? OptionalLong.empty() : OptionalLong.of(number << shift);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
