package org.distpolicy.gomod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoSemverTest {

    /**
     * golang.org/x/mod/semver's test table: each version and its canonical form ("" = invalid),
     * in ascending order, so that two entries compare as their indexes unless their canonical
     * forms are equal.
     */
    private static final String[][] ORDERED = {
            {"bad", ""},
            {"v1-alpha.beta.gamma", ""},
            {"v1-pre", ""},
            {"v1+meta", ""},
            {"v1-pre+meta", ""},
            {"v1.2-pre", ""},
            {"v1.2+meta", ""},
            {"v1.2-pre+meta", ""},
            {"v1.0.0-alpha", "v1.0.0-alpha"},
            {"v1.0.0-alpha.1", "v1.0.0-alpha.1"},
            {"v1.0.0-alpha.beta", "v1.0.0-alpha.beta"},
            {"v1.0.0-beta", "v1.0.0-beta"},
            {"v1.0.0-beta.2", "v1.0.0-beta.2"},
            {"v1.0.0-beta.11", "v1.0.0-beta.11"},
            {"v1.0.0-rc.1", "v1.0.0-rc.1"},
            {"v1", "v1.0.0"},
            {"v1.0", "v1.0.0"},
            {"v1.0.0", "v1.0.0"},
            {"v1.2", "v1.2.0"},
            {"v1.2.0", "v1.2.0"},
            {"v1.2.3-456", "v1.2.3-456"},
            {"v1.2.3-456.789", "v1.2.3-456.789"},
            {"v1.2.3-456-789", "v1.2.3-456-789"},
            {"v1.2.3-456a", "v1.2.3-456a"},
            {"v1.2.3-pre", "v1.2.3-pre"},
            {"v1.2.3-pre+meta", "v1.2.3-pre"},
            {"v1.2.3-pre.1", "v1.2.3-pre.1"},
            {"v1.2.3-zzz", "v1.2.3-zzz"},
            {"v1.2.3", "v1.2.3"},
            {"v1.2.3+meta", "v1.2.3"},
            {"v1.2.3+meta-pre", "v1.2.3"},
            {"v1.2.3+meta-pre.sha.256a", "v1.2.3"},
    };

    @Test
    void validityAndCanonicalFormFollowTheTable() {
        for (String[] row : ORDERED) {
            assertEquals(!row[1].isEmpty(), GoSemver.isValid(row[0]), row[0]);
            assertEquals(row[1], GoSemver.canonical(row[0]), row[0]);
        }
    }

    @Test
    void majorIsTheCanonicalFormUpToItsFirstDot() {
        for (String[] row : ORDERED) {
            String expected = row[1].isEmpty() ? "" : row[1].substring(0, row[1].indexOf('.'));
            assertEquals(expected, GoSemver.major(row[0]), row[0]);
        }
        assertEquals("v17", GoSemver.major("v17.0.0+incompatible"));
    }

    @Test
    void buildIsTheSuffixFromPlusOfAValidVersion() {
        for (String[] row : ORDERED) {
            int plus = row[0].indexOf('+');
            String expected = row[1].isEmpty() || plus < 0 ? "" : row[0].substring(plus);
            assertEquals(expected, GoSemver.build(row[0]), row[0]);
        }
    }

    @Test
    void everyPairComparesByTablePositionUnlessCanonicallyEqual() {
        for (int i = 0; i < ORDERED.length; i++) {
            for (int j = 0; j < ORDERED.length; j++) {
                int expected = ORDERED[i][1].equals(ORDERED[j][1]) ? 0 : Integer.signum(i - j);
                assertEquals(expected, GoSemver.compare(ORDERED[i][0], ORDERED[j][0]),
                        ORDERED[i][0] + " vs " + ORDERED[j][0]);
            }
        }
    }

    @Test
    void numbersCompareNumericallyNotAsText() {
        assertEquals(0, GoSemver.compare("v1", "v1"));
        assertEquals(1, GoSemver.compare("v2", "v1"));
        assertEquals(-1, GoSemver.compare("v1", "v2"));
        assertEquals(1, GoSemver.compare("v1.19", "v1.2"));
        assertEquals(1, GoSemver.compare("v1.10.0", "v1.9.0"));
        assertEquals(-1, GoSemver.compare("v9.0.0", "v10.0.0"));
        assertEquals(1, GoSemver.compare("v1.0.0-rc.10", "v1.0.0-rc.9"));
    }

    @Test
    void nullIsAnInvalidVersion() {
        assertFalse(GoSemver.isValid(null));
        assertEquals("", GoSemver.canonical(null));
        assertEquals(0, GoSemver.compare(null, "bad"));
        assertEquals(-1, GoSemver.compare(null, "v0.0.1"));
        assertEquals(1, GoSemver.compare("v0.0.1", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1.2.3", "v0.0.0", "v1.2.3-pre.1", "v2.0.0+incompatible", "v17.0.0-rc.1+incompatible",
            "v0.0.0-20191109021931-daa7c04131f5"})
    void canonicalVersions(String v) {
        assertTrue(GoSemver.isCanonical(v));
        assertEquals(v, GoSemver.canonicalModuleVersion(v));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v1.2", "v1.2.3+meta", "1.2.3", "v01.2.3", "v1.2.3-01", "v1.2.3-", "v1.2.3+",
            "v1.2.3-a..b", "V1.2.3", "", " v1.2.3", "v1.2.3 ", "v1.2.3\u00e9"})
    void nonCanonicalVersions(String v) {
        assertFalse(GoSemver.isCanonical(v));
    }

    @Test
    void moduleCanonicalFormKeepsOnlyTheIncompatibleBuildSuffix() {
        assertEquals("v2.0.0+incompatible", GoSemver.canonicalModuleVersion("v2.0.0+incompatible"));
        assertEquals("v2.0.0", GoSemver.canonical("v2.0.0+incompatible"));
        assertEquals("v2.0.0", GoSemver.canonicalModuleVersion("v2.0.0+build.5"));
        assertEquals("", GoSemver.canonicalModuleVersion("v2+incompatible"));
        assertFalse(GoSemver.isCanonical(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "v0.0.0-20191109021931-daa7c04131f5",               // no earlier tag
            "v3.0.0-20191109021931-daa7c04131f5",               // no earlier tag, major 3
            "v1.2.4-0.20191109021931-daa7c04131f5",             // after release v1.2.3
            "v1.0.0-0.20191109021931-daa7c04131f5",             // the X.Y.(Z+1)-0 form with Z+1 = 0
            "v1.2.3-pre.0.20191109021931-daa7c04131f5",         // after pre-release v1.2.3-pre
            "v1.2.3-rc.1.0.20191109021931-daa7c04131f5",        // after pre-release v1.2.3-rc.1
            "v2.0.0-20191109021931-daa7c04131f5+incompatible",  // pre-modules major version
            "v2.3.1-0.20191109021931-DAA7C04131F5+incompatible",
    })
    void pseudoVersions(String v) {
        assertTrue(GoSemver.isPseudoVersion(v));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "v1.2.3",
            "v1.2.3-20191109021931-daa7c04131f5",     // the bare form needs an X.0.0 base
            "v1.2.3-pre0.20191109021931-daa7c04131f5", // the pre-release base must end before ".0."
            "v0.0.0-2019110902193-daa7c04131f5",       // 13-digit time stamp
            "v0.0.0-201911090219310-daa7c04131f5",     // 15-digit time stamp
            "v0.0.0-20191109021931",                   // no revision
            "v0.0.0-20191109021931-",
            "v0.0.0-20191109021931-daa7c0_4131f5",
            "0.0.0-20191109021931-daa7c04131f5",
            "v0.0.0-20191109021931-daa7c04131f5+",
            "v0.0-20191109021931-daa7c04131f5",
            "",
    })
    void notPseudoVersions(String v) {
        assertFalse(GoSemver.isPseudoVersion(v));
    }

    @Test
    void nullIsNotAPseudoVersion() {
        assertFalse(GoSemver.isPseudoVersion(null));
    }

    @Test
    void pseudoVersionsSortBetweenTheirBaseAndTheNextRelease() {
        String pseudo = "v1.2.4-0.20191109021931-daa7c04131f5";
        assertEquals(1, GoSemver.compare(pseudo, "v1.2.3"));
        assertEquals(-1, GoSemver.compare(pseudo, "v1.2.4"));
        assertEquals(-1, GoSemver.compare(pseudo, "v1.2.4-rc.1"));
        assertEquals(-1, GoSemver.compare("v1.2.4-0.20191109021931-daa7c04131f5", "v1.2.4-0.20201109021931-aaaaaaaaaaaa"));
    }
}
