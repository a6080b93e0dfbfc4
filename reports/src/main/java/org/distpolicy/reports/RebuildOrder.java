package org.distpolicy.reports;

import java.util.List;

/**
 * A rebuild order, for rebuild-order.md.
 *
 * @param steps  every build in wave order
 * @param cycles each cycle's archive/dependency-cycle message, by cycle id
 */
public record RebuildOrder(String id, String source, String changed, List<Step> steps, List<Cycle> cycles) {
    /** @param cycleId null outside cycles; @param droppedFeatures comma-separated, null unless a bootstrap build */
    public record Step(int wave, String build, String packageName, String version, String cycleId, String droppedFeatures) {
    }

    public record Cycle(String id, String message) {
    }
}
