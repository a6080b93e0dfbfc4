package org.distpolicy.cargo.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.distpolicy.cargo.cfg.CfgExpr.All;
import org.distpolicy.cargo.cfg.CfgExpr.KeyValue;
import org.distpolicy.cargo.cfg.CfgExpr.Name;
import org.distpolicy.cargo.cfg.CfgExpr.Not;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformParseTest {

    @Test
    void aCfgKeyIsItsExpression() throws CfgException {
        assertEquals(new Platform.Conditional(
                        new All(List.of(new Name("unix"), new Not(new KeyValue("target_os", "macos"))))),
                Platform.parse("cfg(all(unix, not(target_os = \"macos\")))"));
        assertEquals(new Platform.Conditional(new Name("windows")), Platform.parse("cfg(windows)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x86_64-pc-windows-gnu", "thumbv7em-none-eabihf", "wasm32-wasi", "foo", "cfg",
        "cfg.windows", "",
        // letters and numbers of any script, as Rust's char::is_alphanumeric has them
        "x86_64-\u00fcnknown-linux-gnu", "x86_64-\u0663", "x\u2160", "x\u00b2", "\uD835\uDC9C"})
    void anyOtherKeyOfLettersDigitsAndDashesIsATargetName(String key) throws CfgException {
        assertEquals(new Platform.Named(key), Platform.parse(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x86_64-pc-windows-gnu", "cfg(windows)", "cfg(target_os = \"windows\")",
        "cfg(any(all(any(target_os = \"android\", target_os = \"linux\"), any(target_arch = \"aarch64\", "
                + "target_arch = \"arm\", target_arch = \"powerpc64\", target_arch = \"x86\", "
                + "target_arch = \"x86_64\")), "
                + "all(target_os = \"freebsd\", target_arch = \"x86_64\")))"})
    void printsAsCargoDoesAndReadsBack(String key) throws CfgException {
        Platform platform = Platform.parse(key);

        assertEquals(key, platform.toString());
        assertEquals(platform, Platform.parse(platform.toString()));
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        for (String key : List.of("cfg(any(all(unix, not(target_os = \"macos\")), true, any()))",
                "aarch64-apple-darwin")) {
            Platform platform = Platform.parse(key);

            assertEquals(platform, roundTrip(platform));
        }
        TargetSpec linux = TargetSpec.of("x86_64-unknown-linux-gnu");
        assertEquals(linux, roundTrip(linux));
    }

    @Test
    void nullIsRefused() {
        assertThrows(NullPointerException.class, () -> Platform.parse(null));
        assertThrows(NullPointerException.class, () -> CfgExpr.parse(null));
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
