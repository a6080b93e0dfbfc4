package org.distpolicy.jobs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wall time per stage of a run, the peak heap during each, and the counts that turn times into
 * throughput. Spark is lazy, so each timed block ends with an action that materializes its
 * stage (on persisted data, so nothing is computed twice). The peak is the sum of the heap
 * pools' peak usage since the stage began: in local mode the driver and the executors share
 * this JVM, so it covers both. The CPU time is this process's (all threads), which a machine
 * shared with other work distorts far less than the wall time.
 */
final class StageClock {
    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private final Map<String, Double> cpuSeconds = new LinkedHashMap<>();
    private final Map<String, Long> peakHeapBytes = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    interface Work<T> {
        T run() throws IOException;
    }

    <T> T time(String stage, Work<T> work) throws IOException {
        HEAP_POOLS.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        try {
            return work.run();
        } finally {
            seconds.merge(stage, (System.nanoTime() - start) / 1e9, Double::sum);
            cpuSeconds.merge(stage, (processCpuNanos() - cpuStart) / 1e9, Double::sum);
            peakHeapBytes.merge(stage, HEAP_POOLS.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum(), Math::max);
        }
    }

    void count(String name, long value) {
        counts.put(name, value);
    }

    Map<String, Double> seconds() {
        return seconds;
    }

    /** CPU time of the whole process so far (driver and, in local mode, executors). */
    static long processCpuNanos() {
        return OS.getProcessCpuTime();
    }

    Map<String, Double> cpuSeconds() {
        return cpuSeconds;
    }

    Map<String, Long> peakHeapBytes() {
        return peakHeapBytes;
    }

    Map<String, Long> counts() {
        return counts;
    }
}
