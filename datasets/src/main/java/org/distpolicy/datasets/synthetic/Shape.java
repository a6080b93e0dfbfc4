package org.distpolicy.datasets.synthetic;

import java.util.SplittableRandom;

/** The random shapes the generator draws: power-law popularity and small counts. */
final class Shape {
    private Shape() {
    }

    /**
     * An index in [0, below) with probability about proportional to 1/(index+1) (Zipf, s = 1):
     * the first packages are depended on by many, most by few, as on crates.io.
     */
    static int popular(SplittableRandom random, int below) {
        int index = (int) Math.floor(Math.pow(below + 1, random.nextDouble())) - 1;
        return Math.max(0, Math.min(below - 1, index));
    }

    /** A small count with a long tail: geometric with the given mean, capped. */
    static int count(SplittableRandom random, double mean, int max) {
        double p = 1 / (mean + 1);
        int n = (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
        return Math.min(max, n);
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }
}
