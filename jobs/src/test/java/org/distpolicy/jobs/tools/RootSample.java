package org.distpolicy.jobs.tools;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Picks the roots to compare: every root distpolicy calls broken (they are few and they are
 * where disagreements show first), then installable ones drawn at random with a fixed seed, so
 * two runs on the same archive compare the same roots.
 */
final class RootSample {
    private RootSample() {
    }

    static List<Root> draw(DistpolicyRun run, int size, long seed) {
        List<Root> broken = new ArrayList<>();
        List<Root> installable = new ArrayList<>();
        for (Root root : new TreeSet<>(run.roots)) {   // sorted first: the seed alone decides the draw
            (run.broken.containsKey(root) ? broken : installable).add(root);
        }
        Collections.shuffle(installable, new Random(seed));
        List<Root> sample = new ArrayList<>(broken);
        sample.addAll(installable.subList(0, Math.max(0, Math.min(installable.size(), size - broken.size()))));
        return sample;
    }
}
