package org.distpolicy.cargo.semver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Requirements: their Display, their errors, and matching cases the truth table does not reach. */
class VersionReqTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.0.0                    | ^1.0.0",
            "=1.0.0                   | =1.0.0",
            "=0.1.0+meta              | =0.1.0",
            "'>= 1.0.0'               | >=1.0.0",
            "'>= 2.1.0-alpha2'        | >=2.1.0-alpha2",
            "'< 1.0.0'                | <1.0.0",
            "'> 0.0.9, <= 2.5.3'      | '>0.0.9, <=2.5.3'",
            "'0.3.0, 0.4.0'           | '^0.3.0, ^0.4.0'",
            "'>=0.5.1-alpha3, <0.6'   | '>=0.5.1-alpha3, <0.6'",
            "'  >=1.2  ,<1.5 '        | '>=1.2, <1.5'",
            "~1                       | ~1",
            "^0.0                     | ^0.0",
            "*                        | *",
            "'  *  '                  | *",
            "x                        | *",
            "X                        | *",
            "1.*                      | 1.*",
            "1.x                      | 1.*",
            "1.*.*                    | 1.*",
            "1.2.X                    | 1.2.*",
            "0.*.*                    | 0.*",
            "0.0.*                    | 0.0.*",
            "^1.*                     | ^1",
            "=1.2.*                   | =1.2",
            "1.2.3-1a-1a+1a-1a-1a     | ^1.2.3-1a-1a",
            "18446744073709551615.0   | ^18446744073709551615.0"})
    void displayIsTheCratesNormalForm(String text, String display) throws SemverException {
        assertEquals(display, VersionReq.parse(text).toString());
    }

    static Stream<Arguments> rejectedRequirements() {
        return Stream.of(
                Arguments.of("", "unexpected end of input while parsing major version number"),
                Arguments.of(">=", "unexpected end of input while parsing major version number"),
                Arguments.of("> 0.1.0,", "unexpected end of input while parsing major version number"),
                Arguments.of("1.", "unexpected end of input while parsing minor version number"),
                Arguments.of("> 0.3.0, ,", "unexpected character ',' while parsing major version number"),
                Arguments.of("\0", "unexpected character '\\0' while parsing major version number"),
                Arguments.of("\t1.0", "unexpected character '\\t' while parsing major version number"),
                Arguments.of(">= >= 0.0.2", "unexpected character '>' while parsing major version number"),
                Arguments.of(">== 0.0.2", "unexpected character '=' while parsing major version number"),
                Arguments.of("a.0.0", "unexpected character 'a' while parsing major version number"),
                Arguments.of("1.0, xyz", "unexpected character 'x' while parsing major version number"),
                Arguments.of("1.0.0-", "empty identifier segment in pre-release identifier"),
                Arguments.of("1.2.3+4.", "empty identifier segment in build metadata"),
                Arguments.of("^1.2.3-01", "invalid leading zero in pre-release identifier"),
                Arguments.of("~01.2", "invalid leading zero in major version number"),
                Arguments.of("=1.2.3.4", "expected comma after patch version number, found '.'"),
                Arguments.of("1.2.3 - 2.3.4", "expected comma after patch version number, found '-'"),
                Arguments.of("> 0.0.9 <= 2.5.3", "expected comma after patch version number, found '<'"),
                Arguments.of("=1.2.3 || =2.3.4", "expected comma after patch version number, found '|'"),
                Arguments.of("6.* || 8.* || >= 10.*", "expected comma after minor version number, found '|'"),
                Arguments.of("1.0-alpha", "expected comma after minor version number, found '-'"),
                Arguments.of("1.2.3-alpha x", "expected comma after pre-release identifier, found 'x'"),
                Arguments.of("1.2.3+4\u00ff", "expected comma after build metadata, found '\u00ff'"),
                Arguments.of("1.*.", "unexpected character after wildcard in version req"),
                Arguments.of("*.1", "unexpected character after wildcard in version req"),
                Arguments.of("1.*.1", "unexpected character after wildcard in version req"),
                Arguments.of(">=1.*.1", "unexpected character after wildcard in version req"),
                Arguments.of("*, 0.20.0-any", "wildcard req (*) must be the only comparator in the version req"),
                Arguments.of("0.20.0-any, *", "wildcard req (*) must be the only comparator in the version req"),
                Arguments.of("0.20.0-any, *, 1.0", "wildcard req (*) must be the only comparator in the version req"),
                Arguments.of("1.0, x", "wildcard req (x) must be the only comparator in the version req"),
                Arguments.of("1.0, X ,2", "wildcard req (X) must be the only comparator in the version req"));
    }

    @ParameterizedTest
    @MethodSource("rejectedRequirements")
    void rejectsWithTheCratesMessage(String text, String message) {
        assertEquals(message, assertThrows(SemverException.class, () -> VersionReq.parse(text)).getMessage());
    }

    @Test
    void acceptsThirtyTwoComparatorsButNotThirtyThree() throws SemverException {
        assertEquals(32, VersionReq.parse(greaterThanEach(32)).comparators().size());
        SemverException e = assertThrows(SemverException.class, () -> VersionReq.parse(greaterThanEach(33)));
        assertEquals("excessive number of version comparators", e.getMessage());
    }

    /** The crate counts before it reads the next comparator, so the limit wins over a bad one. */
    @Test
    void theComparatorLimitIsReportedBeforeWhatFollowsIt() {
        SemverException e = assertThrows(SemverException.class,
                () -> VersionReq.parse(greaterThanEach(32) + ", garbage"));
        assertEquals("excessive number of version comparators", e.getMessage());
    }

    private static String greaterThanEach(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> ">" + i).collect(Collectors.joining(", "));
    }

    @Test
    void wildcardSpellingsAreTheSameRequirement() throws SemverException {
        assertEquals(VersionReq.STAR, VersionReq.parse("*"));
        assertEquals(VersionReq.STAR, VersionReq.parse("x"));
        assertEquals(VersionReq.parse("1.*"), VersionReq.parse("1.x"));
        assertEquals(VersionReq.parse("1.*"), VersionReq.parse("1.X.*"));
        assertEquals(VersionReq.parse("1.2.*"), VersionReq.parse("1.2.x"));
    }

    @Test
    void starMatchesEveryReleaseAndNoPreRelease() throws SemverException {
        assertTrue(VersionReq.STAR.matches(CargoVersion.parse("0.0.0")));
        assertTrue(VersionReq.STAR.matches(CargoVersion.parse("18446744073709551615.0.0+b")));
        assertFalse(VersionReq.STAR.matches(CargoVersion.parse("1.0.0-pre")));
        assertEquals("*", VersionReq.STAR.toString());
    }

    @Test
    void buildMetadataNeverChangesAMatch() throws SemverException {
        VersionReq req = VersionReq.parse("=0.1.0+meta");
        for (String v : List.of("0.1.0", "0.1.0+meta", "0.1.0+any")) {
            assertTrue(req.matches(CargoVersion.parse(v)), v);
        }
    }

    @Test
    void aPreReleaseMatchesOnlyWhereAComparatorOptsIntoItsNumbers() throws SemverException {
        VersionReq req = VersionReq.parse(">=1.2.3-alpha, <2");
        assertTrue(req.matches(CargoVersion.parse("1.2.3-beta")));
        assertFalse(req.matches(CargoVersion.parse("1.2.4-beta")));
        assertTrue(req.matches(CargoVersion.parse("1.2.4")));
    }

    /** Numbers past Long.MAX_VALUE are negative longs; every operator must still compare them unsigned. */
    @ParameterizedTest
    @CsvSource({
            ">=9223372036854775808,   18446744073709551615.0.0, true",
            ">=9223372036854775808,   9223372036854775807.0.0,  false",
            ">9223372036854775807.0,  9223372036854775808.0.0,  true",
            "<9223372036854775808,    1.0.0,                    true",
            "<1,                      9223372036854775808.0.0,  false",
            "<=1.0,                   1.9223372036854775808.0,  false",
            "^18446744073709551615.0, 18446744073709551615.3.0, true",
            "^18446744073709551615.5, 18446744073709551615.3.0, false",
            "^0.9223372036854775808,  0.9223372036854775808.7,  true",
            "~1.2.9223372036854775808, 1.2.18446744073709551615, true",
            "~1.2.9223372036854775808, 1.2.1,                   false"})
    void numbersCompareUnsigned(String requirement, String version, boolean matches) throws SemverException {
        assertEquals(matches, VersionReq.parse(requirement).matches(CargoVersion.parse(version)));
    }

    @Test
    void survivesJavaSerializationAsSparkShipsIt() throws Exception {
        VersionReq req = VersionReq.parse(">=1.2.3-rc.1, <2, 1.*");
        assertEquals(req, CargoVersionParseTest.roundTrip(req));
        assertEquals(VersionReq.STAR, CargoVersionParseTest.roundTrip(VersionReq.STAR));
    }
}
