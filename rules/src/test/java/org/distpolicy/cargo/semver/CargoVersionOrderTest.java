package org.distpolicy.cargo.semver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The crate's Ord on versions: numbers, then pre-release, then build metadata. */
class CargoVersionOrderTest {

    @Test
    void semverSpecExampleAscends() {
        assertAscending("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0");
    }

    @Test
    void numbersCompareNumericallyAndUnsigned() {
        assertAscending("0.0.0", "0.0.1", "0.1.0", "1.5.0", "1.19.0", "2.0.0",
                "9223372036854775807.0.0", "9223372036854775808.0.0", "18446744073709551615.0.0");
        assertAscending("1.9223372036854775807.0", "1.18446744073709551615.0", "2.0.0");
    }

    @Test
    void aPreReleaseSitsBelowItsReleaseButAboveTheReleaseBefore() {
        assertAscending("1.2.2", "1.2.3-alpha", "1.2.3", "1.2.4-0");
    }

    @Test
    void numericPreReleaseIdentifiersCompareByValueAndBelowAlphanumericOnes() {
        assertAscending("1.0.0-alpha", "1.0.0-alpha.85", "1.0.0-alpha.90", "1.0.0-alpha.200", "1.0.0-alpha.0a",
                "1.0.0-alpha.1a0", "1.0.0-alpha.a", "1.0.0-beta");
        assertAscending("1.0.0-2", "1.0.0-10", "1.0.0-a");
    }

    @Test
    void alphanumericIdentifiersCompareInAsciiOrderDigitsIncluded() {
        assertAscending("1.0.0-pre12", "1.0.0-pre8");
        assertAscending("1.0.0-Z", "1.0.0-a");
        assertAscending("1.0.0--", "1.0.0-0a", "1.0.0-A");
    }

    @Test
    void aShorterPreReleaseIsBelowALongerOneItStarts() {
        assertAscending("1.0.0-alpha", "1.0.0-alpha.0", "1.0.0-alpha.0.0");
    }

    @Test
    void buildMetadataOrdersVersionsThatAreOtherwiseEqual() {
        assertAscending("1.20.0", "1.20.0+bc17664", "1.20.0+c144a98");
        assertAscending("1.2.3+23", "1.2.3+42");
        assertAscending("1.0.0+demo", "1.0.0+demo.85", "1.0.0+demo.90", "1.0.0+demo.090", "1.0.0+demo.200",
                "1.0.0+demo.1a0", "1.0.0+demo.a", "1.0.0+memo");
    }

    @Test
    void buildMetadataRanksAfterEverythingElse() {
        assertAscending("1.0.0-alpha+zzz", "1.0.0-beta+aaa", "1.0.0-rc.1+9", "1.0.0", "1.0.1+0");
    }

    @Test
    void leadingZerosInBuildMetadataKeepVersionsApartSoOrderAgreesWithEquals() {
        CargoVersion withZero = version("1.0.0+01");
        CargoVersion withoutZero = version("1.0.0+1");
        assertNotEquals(withZero, withoutZero);
        assertAscending("1.0.0+1", "1.0.0+01", "1.0.0+001", "1.0.0+2");
        assertEquals(0, version("1.0.0-rc.1+b.7").compareTo(version("1.0.0-rc.1+b.7")));
    }

    @Test
    void sortingShuffledVersionsRestoresTheirOrder() {
        List<String> ascending = List.of("0.0.1", "0.1.0-rc.1", "0.1.0", "1.0.0-alpha", "1.0.0-alpha.1",
                "1.0.0-beta", "1.0.0", "1.0.0+build", "1.0.1", "1.10.0", "10.0.0");
        List<CargoVersion> shuffled = new ArrayList<>();
        for (String v : ascending) {
            shuffled.add(version(v));
        }
        Collections.shuffle(shuffled, new Random(7));
        Collections.sort(shuffled);
        assertEquals(ascending, shuffled.stream().map(CargoVersion::toString).toList());
    }

    /** Every pair, both ways round, so that a comparison that is not antisymmetric fails too. */
    private static void assertAscending(String... versions) {
        for (int i = 0; i < versions.length; i++) {
            for (int j = i + 1; j < versions.length; j++) {
                CargoVersion lower = version(versions[i]);
                CargoVersion higher = version(versions[j]);
                assertTrue(lower.compareTo(higher) < 0, versions[i] + " < " + versions[j]);
                assertTrue(higher.compareTo(lower) > 0, versions[j] + " > " + versions[i]);
            }
        }
    }

    private static CargoVersion version(String text) {
        return CargoVersion.tryParse(text).orElseThrow(() -> new AssertionError("does not parse: " + text));
    }
}
