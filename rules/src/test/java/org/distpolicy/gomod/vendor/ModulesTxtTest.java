package org.distpolicy.gomod.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModulesTxtTest {
    private static ModuleVersion mv(String path, String version) {
        return new ModuleVersion(path, version);
    }

    @Test
    void readsEveryFormGoModVendorWrites() {
        ModulesTxt txt = ModulesTxt.parse("""
                # github.com/pkg/errors v0.9.1
                ## explicit
                github.com/pkg/errors
                # golang.org/x/sys v0.15.0 => golang.org/x/sys v0.16.0
                ## explicit; go 1.18
                golang.org/x/sys/unix
                golang.org/x/sys/cpu
                # example.com/lib v1.2.0 => ../lib
                ## explicit; go 1.21
                example.com/lib
                # gopkg.in/yaml.v3 v3.0.1
                ## go 1.17
                gopkg.in/yaml.v3
                # example.com/unused => example.com/fork v1.0.0
                # example.com/local v1.0.0 => ./local
                """);
        assertEquals(List.of(mv("github.com/pkg/errors", "v0.9.1"), mv("golang.org/x/sys", "v0.15.0"),
                mv("example.com/lib", "v1.2.0"), mv("gopkg.in/yaml.v3", "v3.0.1")), txt.vendorList());
        assertEquals(List.of(mv("golang.org/x/sys", "v0.15.0"), mv("example.com/lib", "v1.2.0"),
                mv("example.com/unused", ""), mv("example.com/local", "v1.0.0")), txt.vendorReplaced());
        assertEquals(new VendorMeta(true, mv("golang.org/x/sys", "v0.16.0"), "1.18"), txt.meta(mv("golang.org/x/sys", "v0.15.0")));
        assertEquals(new VendorMeta(true, mv("../lib", ""), "1.21"), txt.meta(mv("example.com/lib", "v1.2.0")));
        assertEquals(new VendorMeta(false, null, "1.17"), txt.meta(mv("gopkg.in/yaml.v3", "v3.0.1")));
        assertEquals(new VendorMeta(false, mv("example.com/fork", "v1.0.0"), null), txt.meta(mv("example.com/unused", "")));
        assertEquals(VendorMeta.NONE, txt.meta(mv("github.com/pkg/errors", "v0.9.0")));
        assertEquals(mv("golang.org/x/sys", "v0.15.0"), txt.packageModules().get("golang.org/x/sys/cpu"));
        assertEquals("v0.15.0", txt.vendorVersion().get("golang.org/x/sys"));
        assertFalse(txt.workspace());
        assertEquals(List.of(), txt.ignoredLines());
    }

    @Test
    void go113FilesHaveNoAnnotations() {
        ModulesTxt txt = ModulesTxt.parse("# github.com/pkg/errors v0.8.1\ngithub.com/pkg/errors\n# golang.org/x/net v0.0.0-20190620200207-3b0461eec859\ngolang.org/x/net/context\n");
        assertEquals(2, txt.vendorList().size());
        assertFalse(txt.meta(mv("github.com/pkg/errors", "v0.8.1")).explicit());
        assertEquals("v0.0.0-20190620200207-3b0461eec859", txt.vendorVersion().get("golang.org/x/net"));
    }

    @Test
    void annotationsAreAUnionAndALaterHigherVersionJoinsTheList() {
        ModulesTxt txt = ModulesTxt.parse("""
                # example.com/a v1.0.0
                ## go 1.20
                ## explicit; future-thing
                example.com/a
                # example.com/a v1.1.0
                example.com/a/sub
                # example.com/a v1.0.5
                example.com/a/old
                """);
        assertEquals(new VendorMeta(true, null, "1.20"), txt.meta(mv("example.com/a", "v1.0.0")));
        assertEquals(List.of(mv("example.com/a", "v1.0.0"), mv("example.com/a", "v1.1.0")), txt.vendorList());
        assertEquals("v1.1.0", txt.vendorVersion().get("example.com/a"));
    }

    @Test
    void workspaceOnlyOnTheFirstLine() {
        assertTrue(ModulesTxt.parse("## workspace\n# example.com/a v1.0.0\n## explicit\nexample.com/a\n").workspace());
        assertTrue(ModulesTxt.parse("## other; workspace\r\n").workspace());
        assertFalse(ModulesTxt.parse("\n## workspace\n").workspace());
    }

    @Test
    void oddLinesAreSkippedAsCmdGoSkipsThemAndSaySo() {
        ModulesTxt txt = ModulesTxt.parse("""
                orphan/package
                # example.com/noversion
                # example.com/bad 1.0.0
                example.com/bad/pkg
                # example.com/a v1.0.0 => example.com/b notaversion
                # example.com/c v1.0.0 trailing
                two words
                #comment
                example.com/c\r

                """);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), txt.ignoredLines().stream().map(IgnoredLine::line).toList());
        assertEquals("neither a version nor \"=>\" after the module path", txt.ignoredLines().get(2).why());
        assertEquals("replacement not understood", txt.ignoredLines().get(4).why());
        assertEquals(List.of(), txt.vendorReplaced());
        // the package after a bad module line belongs to nobody; the CRLF one to example.com/c
        assertEquals(Map.of("example.com/c", mv("example.com/c", "v1.0.0")), txt.packageModules());
    }

    @Test
    void neverThrowsAndNullIsAbsent() {
        assertEquals(ModulesTxt.ABSENT, ModulesTxt.parse(null));
        Random random = new Random(42);
        String[] pieces = {"# ", "## ", "explicit", "go 1.17", "=>", " ", "\n", "\r", "v1.0.0", "example.com/x", ";", "\u00a0", "\uFFFD", "/", "@", "v", "#"};
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            ModulesTxt.parse(s.toString());
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            ModulesTxt.parse(new String(bytes, StandardCharsets.UTF_8));
        }
    }
}
