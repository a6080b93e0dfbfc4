package org.distpolicy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunInputsTest {
    private static RunInputs.KeySum sum(String... keys) {
        return Arrays.stream(keys).map(RunInputs.KeySum::of).reduce(RunInputs.KeySum.NONE, RunInputs.KeySum::plus);
    }

    @Test
    void theKeysSumIsTheSameInAnyOrderAndAnyPartitioning() {
        RunInputs.KeySum whole = sum("a", "b", "c", "d");
        assertEquals(whole, sum("d", "b", "a", "c"));
        assertEquals(whole, sum("c", "a").plus(sum("d", "b")), "partial sums of two partitions");
        assertEquals(whole, sum("a").plus(RunInputs.KeySum.NONE).plus(sum("b", "c", "d")), "an empty partition adds nothing");
        assertEquals(4, whole.count());
    }

    @Test
    void anyChangedAddedOrRemovedKeyChangesTheSumAndAMissingKeyIsCounted() {
        RunInputs.KeySum whole = sum("a", "b", "c");
        for (RunInputs.KeySum other : List.of(sum("a", "b", "x"), sum("a", "b", "c", "d"), sum("a", "b"))) {
            assertNotEquals(whole, other);
        }
        assertEquals(1, sum("a").plus(RunInputs.KeySum.of(null)).unkeyed());
        assertEquals(0, whole.unkeyed());
    }
}
