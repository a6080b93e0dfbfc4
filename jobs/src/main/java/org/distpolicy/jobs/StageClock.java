package org.distpolicy.jobs;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time per stage of a run, and the counts that turn times into throughput. Spark is lazy,
 * so each timed block ends with an action that materializes its stage (on persisted data, so
 * nothing is computed twice).
 */
final class StageClock {
    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    interface Work<T> {
        T run() throws IOException;
    }

    <T> T time(String stage, Work<T> work) throws IOException {
        long start = System.nanoTime();
        try {
            return work.run();
        } finally {
            seconds.merge(stage, (System.nanoTime() - start) / 1e9, Double::sum);
        }
    }

    void count(String name, long value) {
        counts.put(name, value);
    }

    Map<String, Double> seconds() {
        return seconds;
    }

    Map<String, Long> counts() {
        return counts;
    }
}
