package org.distpolicy.cargo.semver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading and printing single versions, and what the crate says about ones it rejects. */
class CargoVersionParseTest {

    static Stream<Arguments> rejectedVersions() {
        return Stream.of(
                Arguments.of("", "empty string, expected a semver version"),
                Arguments.of("  ", "unexpected character ' ' while parsing major version number"),
                Arguments.of("1", "unexpected end of input while parsing major version number"),
                Arguments.of("1.2", "unexpected end of input while parsing minor version number"),
                Arguments.of("1.2.", "unexpected end of input while parsing patch version number"),
                Arguments.of("a.b.c", "unexpected character 'a' while parsing major version number"),
                Arguments.of("v1.2.3", "unexpected character 'v' while parsing major version number"),
                Arguments.of("1.x.0", "unexpected character 'x' while parsing minor version number"),
                Arguments.of("1;0", "unexpected character ';' after major version number"),
                Arguments.of("1.2.3 abc", "unexpected character ' ' after patch version number"),
                Arguments.of("1.2.3.4", "unexpected character '.' after patch version number"),
                Arguments.of("07", "invalid leading zero in major version number"),
                Arguments.of("1.01.0", "invalid leading zero in minor version number"),
                Arguments.of("1.0.00", "invalid leading zero in patch version number"),
                Arguments.of("1.2.3-01", "invalid leading zero in pre-release identifier"),
                Arguments.of("75774777777757777757", "value of major version number exceeds u64::MAX"),
                Arguments.of("18446744073709551616.0.0", "value of major version number exceeds u64::MAX"),
                Arguments.of("0.18446744073709551620.0", "value of minor version number exceeds u64::MAX"),
                Arguments.of("0.0.99999999999999999999", "value of patch version number exceeds u64::MAX"),
                Arguments.of("1.2.3-", "empty identifier segment in pre-release identifier"),
                Arguments.of("1.2.3-alpha..1", "empty identifier segment in pre-release identifier"),
                Arguments.of("1.2.3-alpha.", "empty identifier segment in pre-release identifier"),
                Arguments.of("1.2.3-+b", "empty identifier segment in pre-release identifier"),
                Arguments.of("5.1.5++", "empty identifier segment in build metadata"),
                Arguments.of("1.2.3+build.", "empty identifier segment in build metadata"),
                Arguments.of("1.2.3-alpha_1", "unexpected character '_' after pre-release identifier"),
                Arguments.of("1.2.3+b-1 ", "unexpected character ' ' after build metadata"));
    }

    @ParameterizedTest
    @MethodSource("rejectedVersions")
    void rejectsWithTheCratesMessage(String text, String message) {
        SemverException e = assertThrows(SemverException.class, () -> CargoVersion.parse(text));
        assertEquals(message, e.getMessage());
        assertEquals(Optional.empty(), CargoVersion.tryParse(text));
    }

    /** Rust's {:?} of a char: backslash escapes, and \\u{hex} for marks, controls and odd spaces. */
    static Stream<Arguments> quotedCharacters() {
        return Stream.of(
                Arguments.of("8\0", "'\\0'"),
                Arguments.of("8\t", "'\\t'"),
                Arguments.of("8\r", "'\\r'"),
                Arguments.of("8\n", "'\\n'"),
                Arguments.of("8\\", "'\\\\'"),
                Arguments.of("8'", "'\\''"),
                Arguments.of("8\"", "'\"'"),
                Arguments.of("8\u00ff", "'\u00ff'"),
                Arguments.of("8\uD83D\uDE00", "'\uD83D\uDE00'"),
                Arguments.of("8\u00a0", "'\\u{a0}'"),
                Arguments.of("8\u0301", "'\\u{301}'"),
                Arguments.of("8\u200b", "'\\u{200b}'"),
                Arguments.of("8\u007f", "'\\u{7f}'"));
    }

    @ParameterizedTest
    @MethodSource("quotedCharacters")
    void quotesTheOffendingCharacterAsRustDebugDoes(String text, String quoted) {
        SemverException e = assertThrows(SemverException.class, () -> CargoVersion.parse(text));
        assertEquals("unexpected character " + quoted + " after major version number", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0", "1.2.3", "1.2.3-alpha1", "1.2.3+build.42", "1.2.3-alpha1+42",
            "1.2.3+5build", "1.2.3-1.alpha1.9+build5.7.3aedf", "1.2.3-0a.alpha1.9+05build.7.3aedf",
            "0.4.0-beta.1+0851523", "1.1.0-beta-10", "1.0.0--", "1.0.0-0", "1.0.0+0000",
            "18446744073709551615.18446744073709551615.18446744073709551615"})
    void displayGivesBackTheTextThatWasParsed(String text) throws SemverException {
        CargoVersion version = CargoVersion.parse(text);
        assertEquals(text, version.toString());
        assertEquals(version, CargoVersion.parse(version.toString()));
    }

    @Test
    void splitsIntoItsParts() throws SemverException {
        CargoVersion v = CargoVersion.parse("1.22.333-alpha.1+build.05");
        assertEquals(1, v.major());
        assertEquals(22, v.minor());
        assertEquals(333, v.patch());
        assertEquals(List.of("alpha", "1"), v.pre().identifiers());
        assertEquals(List.of("build", "05"), v.build().identifiers());
        assertTrue(CargoVersion.parse("1.0.0").pre().isEmpty());
        assertTrue(CargoVersion.parse("1.0.0").build().isEmpty());
    }

    @Test
    void numbersAboveLongMaxAreKeptAsUnsignedBits() throws SemverException {
        CargoVersion v = CargoVersion.parse("18446744073709551615.9223372036854775808.0");
        assertEquals(-1L, v.major());
        assertEquals(Long.MIN_VALUE, v.minor());
        assertEquals("18446744073709551615.9223372036854775808.0", v.toString());
    }

    @ParameterizedTest
    @CsvSource({"1.4.2, 1", "0.3.7, 0.3", "0.0.5, 0.0.5", "0.0.0, 0.0.0", "2.0.0-rc.1, 2", "0.10.0+b, 0.10",
            "18446744073709551615.0.0, 18446744073709551615"})
    void compatibilityLineIsNamedByTheLeftmostNonZeroNumber(String version, String line) throws SemverException {
        assertEquals(line, CargoVersion.compatibilityLine(CargoVersion.parse(version)));
    }

    @Test
    void preReleaseAndBuildMetadataRejectInvalidTextWhenBuiltDirectly() {
        assertEquals("invalid leading zero in pre-release identifier: 01",
                assertThrows(IllegalArgumentException.class, () -> new Prerelease("01")).getMessage());
        assertEquals("unexpected character in pre-release identifier: rc 1",
                assertThrows(IllegalArgumentException.class, () -> new Prerelease("rc 1")).getMessage());
        assertEquals("empty identifier segment in build metadata: a..b",
                assertThrows(IllegalArgumentException.class, () -> new BuildMetadata("a..b")).getMessage());
        assertEquals("01", new BuildMetadata("01").text());
    }

    @Test
    void survivesJavaSerializationAsSparkShipsIt() throws Exception {
        CargoVersion v = CargoVersion.parse("1.2.3-rc.1+build.7");
        assertEquals(v, roundTrip(v));
    }

    static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
