package org.distpolicy.gomod;

import static org.distpolicy.gomod.GoModSamples.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.distpolicy.manifest.ManifestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoModParserTest {
    private static final String K8S = GoModSamples.kubernetesLike();

    @Test
    void kubernetesLikeFileHeadDirectives() throws ManifestException {
        GoModFile mod = GoModParser.parse(K8S);
        assertEquals("k8s.io/kubernetes", mod.module());
        assertEquals("use k8s.io/kubernetes/v2 instead.", mod.moduleDeprecated());
        assertEquals("1.24.0", mod.goVersion());
        assertEquals("go1.24.4", mod.toolchain());
        assertEquals(List.of(
                        new GoGodebug("default", "go1.23", lineOf(K8S, "godebug default")),
                        new GoGodebug("winsymlink", "0", lineOf(K8S, "winsymlink")),
                        new GoGodebug("x509negativeserial", "1", lineOf(K8S, "x509negativeserial"))),
                mod.godebugs());
    }

    @Test
    void kubernetesLikeFileRequiresKeepOrderLinesAndIndirectMarks() throws ManifestException {
        List<GoRequire> requires = GoModParser.parse(K8S).requires();
        assertEquals(32, requires.size());
        assertEquals(new GoRequire("bitbucket.org/bertimus9/systemstat", "v0.5.0", false,
                lineOf(K8S, "systemstat")), requires.get(0));
        assertEquals(new GoRequire("k8s.io/utils", "v0.0.0-20241104100929-3ea5e8cea738", false,
                lineOf(K8S, "k8s.io/utils")), requires.get(20));
        assertEquals(new GoRequire("gopkg.in/evanphx/json-patch.v4", "v4.12.0", false,
                lineOf(K8S, "json-patch.v4")), requires.get(15));
        assertEquals(new GoRequire("github.com/docker/docker", "v26.1.4+incompatible", true,
                lineOf(K8S, "github.com/docker/docker v26.1.4+incompatible // indirect")), requires.get(25));
        assertEquals(new GoRequire("github.com/pkg/errors", "v0.9.1", true, lineOf(K8S, "pkg/errors")),
                requires.get(28));
        assertEquals(new GoRequire("gopkg.in/check.v1", "v0.0.0-20161208181325-20d25e280405", true,
                lineOf(K8S, "check.v1")), requires.get(30));
        assertEquals(22, requires.stream().filter(r -> !r.indirect()).count());
        assertTrue(requires.subList(22, 32).stream().allMatch(GoRequire::indirect));
    }

    @Test
    void kubernetesLikeFileReplacesExcludesRetracts() throws ManifestException {
        GoModFile mod = GoModParser.parse(K8S);
        assertEquals(List.of(
                        new GoReplace("k8s.io/api", null, "./staging/src/k8s.io/api", null,
                                lineOf(K8S, "k8s.io/api =>")),
                        new GoReplace("k8s.io/apimachinery", null, "./staging/src/k8s.io/apimachinery", null,
                                lineOf(K8S, "k8s.io/apimachinery =>")),
                        new GoReplace("github.com/docker/docker", "v26.1.4+incompatible", "github.com/docker/docker",
                                "v26.1.5+incompatible", lineOf(K8S, "v26.1.5+incompatible")),
                        new GoReplace("github.com/golang/groupcache", null, "github.com/golang/groupcache",
                                "v0.0.0-20210331224755-41bb18bfe9da", lineOf(K8S, "\"github.com/golang/groupcache\"")),
                        new GoReplace("github.com/google/cadvisor", null, "/opt/src/cadvisor", null,
                                lineOf(K8S, "/opt/src/cadvisor"))),
                mod.replaces());
        assertEquals(List.of(true, true, false, false, true),
                mod.replaces().stream().map(GoReplace::isLocalDirectory).collect(Collectors.toList()));
        assertEquals(List.of(new GoExclude("github.com/gogo/protobuf", "v1.3.1", lineOf(K8S, "exclude"))),
                mod.excludes());
        assertEquals(List.of(
                        new GoRetract("v1.30.0", "v1.30.2", "Published by mistake: tags pointed at a fork.",
                                lineOf(K8S, "[v1.30.0, v1.30.2]")),
                        new GoRetract("v1.29.1", "v1.29.1", "Contains CVE-2024-0000.", lineOf(K8S, "v1.29.1"))),
                mod.retracts());
    }

    @Test
    void kubernetesLikeFileToolsAndIgnores() throws ManifestException {
        GoModFile mod = GoModParser.parse(K8S);
        assertEquals(List.of(
                        new GoTool("golang.org/x/tools/cmd/stringer", lineOf(K8S, "stringer")),
                        new GoTool("k8s.io/code-generator/cmd/deepcopy-gen", lineOf(K8S, "deepcopy-gen")),
                        new GoTool("sigs.k8s.io/controller-tools/cmd/controller-gen", lineOf(K8S, "controller-gen"))),
                mod.tools());
        assertEquals(List.of(
                        new GoIgnore("./third_party/forked", lineOf(K8S, "third_party")),
                        new GoIgnore("./hack/tools", lineOf(K8S, "hack/tools")),
                        new GoIgnore("node_modules", lineOf(K8S, "node_modules"))),
                mod.ignores());
    }

    @Test
    void windowsLineEndingsChangeNothing() throws ManifestException {
        assertEquals(GoModParser.parse(K8S), GoModParser.parse(K8S.replace("\n", "\r\n")));
    }

    @Test
    void emptyFileHasNoDirectives() throws ManifestException {
        GoModFile mod = GoModParser.parse("// just a comment\n\n");
        assertNull(mod.module());
        assertNull(mod.moduleDeprecated());
        assertNull(mod.goVersion());
        assertNull(mod.toolchain());
        assertTrue(mod.requires().isEmpty() && mod.excludes().isEmpty() && mod.replaces().isEmpty()
                && mod.retracts().isEmpty() && mod.godebugs().isEmpty() && mod.tools().isEmpty()
                && mod.ignores().isEmpty());
    }

    @Test
    void lastLineNeedsNoLineBreak() throws ManifestException {
        GoModFile mod = GoModParser.parse("module example.com/m\nrequire example.com/a v1.0.0 // indirect");
        assertEquals(List.of(new GoRequire("example.com/a", "v1.0.0", true, 2)), mod.requires());
    }

    @Test
    void quotedArgumentsAreUnquoted() throws ManifestException {
        GoModFile mod = GoModParser.parse("module \"example.com/m\"\n"
                + "require \"example.com/\\x61\" \"v1.0.0\"\n"
                + "replace example.com/b => \"../dir with space\"\n"
                + "tool \"example.com/m/cmd/\\u0078\"\n");
        assertEquals("example.com/m", mod.module());
        assertEquals(List.of(new GoRequire("example.com/a", "v1.0.0", false, 2)), mod.requires());
        assertEquals("../dir with space", mod.replaces().get(0).newPath());
        assertEquals("example.com/m/cmd/x", mod.tools().get(0).path());
    }

    @Test
    void moduleMayBeWrittenAsABlock() throws ManifestException {
        GoModFile mod = GoModParser.parse("// Deprecated: gone.\nmodule (\n\texample.com/m\n)\n");
        assertEquals("example.com/m", mod.module());
        assertEquals("gone.", mod.moduleDeprecated());
    }

    @Test
    void emptyBlocksDeclareNothing() throws ManifestException {
        GoModFile mod = GoModParser.parse("module ()\nrequire ()\nrequire (\n)\nretract ()\n");
        assertNull(mod.module());
        assertTrue(mod.requires().isEmpty());
        assertTrue(mod.retracts().isEmpty());
    }

    @Test
    void mainModulePathFollowsImportPathRules() throws ManifestException {
        // no dot in the first element and a "+" are fine for a main module that is never downloaded
        assertEquals("hello", GoModParser.parse("module hello\n").module());
        assertEquals("example.com/g++", GoModParser.parse("module example.com/g++\n").module());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.21", "1.21.0", "1.21rc1", "1.13", "1.0", "2.0", "1.22.10", "1.21.0rc2"})
    void goVersions(String version) throws ManifestException {
        assertEquals(version, GoModParser.parse("go " + version + "\n").goVersion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"go1.21.0", "default", "go1", "go1.22rc1", "go1.21.0-gccgo"})
    void toolchainNames(String name) throws ManifestException {
        assertEquals(name, GoModParser.parse("toolchain " + name + "\n").toolchain());
    }

    @Test
    void godebugValueMayContainEqualsAndBeEmpty() throws ManifestException {
        GoModFile mod = GoModParser.parse("godebug a=b=c\ngodebug empty=\n");
        assertEquals(List.of(new GoGodebug("a", "b=c", 1), new GoGodebug("empty", "", 2)), mod.godebugs());
    }

    @Test
    void indirectMarkerForms() throws ManifestException {
        String text = "module example.com/m\n"
                + "require (\n"
                + "\texample.com/a v1.0.0 // indirect\n"
                + "\texample.com/b v1.0.0 //indirect\n"
                + "\texample.com/c v1.0.0 // indirect; needed by a test\n"
                + "\texample.com/d v1.0.0//indirect\n"
                + "\texample.com/e v1.0.0 // indirect;\n"
                + "\texample.com/f v1.0.0 // indirect because of d\n"
                + "\texample.com/g v1.0.0 // Indirect\n"
                + "\t// indirect\n"
                + "\texample.com/h v1.0.0\n"
                + "\texample.com/i v1.0.0 // indirect ; spaced\n"
                + ")\n";
        List<Boolean> indirect = GoModParser.parse(text).requires().stream().map(GoRequire::indirect)
                .collect(Collectors.toList());
        assertEquals(List.of(true, true, true, true, false, false, false, false, false), indirect);
    }

    @Test
    void commentAfterOpeningParenthesisBelongsToNoLine() throws ManifestException {
        GoModFile mod = GoModParser.parse("module example.com/m\nrequire ( // indirect\n\texample.com/a v1.0.0\n)\n"
                + "retract v1.0.0\nretract ( // not v1.0.0's rationale\n\tv1.1.0\n)\n");
        assertFalse(mod.requires().get(0).indirect());
        assertNull(mod.retracts().get(0).rationale());
        assertNull(mod.retracts().get(1).rationale());
    }

    @Test
    void retractRationaleComesFromTheLineOrElseTheBlock() throws ManifestException {
        String text = "module example.com/m\n"
                + "// Whole block: broken builds.\n"
                + "retract (\n"
                + "\tv1.0.0\n"
                + "\t// Own rationale,\n"
                + "\t// on two lines.\n"
                + "\tv1.0.1\n"
                + "\tv1.0.2 // Suffix rationale.\n"
                + "\n"
                + "\tv1.0.3\n"
                + ")\n";
        List<String> rationales = GoModParser.parse(text).retracts().stream().map(GoRetract::rationale)
                .collect(Collectors.toList());
        // v1.0.3 follows a blank line, which counts as a comment of its own, so it gets no rationale
        assertEquals(java.util.Arrays.asList("Whole block: broken builds.", "Own rationale,\non two lines.",
                "Suffix rationale.", null), rationales);
    }

    @Test
    void retractMayComeBeforeTheModuleDirective() throws ManifestException {
        GoModFile mod = GoModParser.parse("retract [v1.0.0, v1.9.9] // oops\nmodule example.com/m\n");
        assertEquals(List.of(new GoRetract("v1.0.0", "v1.9.9", "oops", 1)), mod.retracts());
    }

    @Test
    void retractedVersionsBelongToTheModulesMajorVersion() throws ManifestException {
        GoModFile mod = GoModParser.parse("module example.com/m/v3\nretract v3.1.0\n");
        assertEquals("v3.1.0", mod.retracts().get(0).low());
    }

    @Test
    void deprecationIsTheParagraphStartingDeprecated() throws ManifestException {
        assertEquals("use example.com/n.\nIt is faster.", GoModParser.parse(
                "// The m module.\n//\n// Deprecated: use example.com/n.\n// It is faster.\n//\n// More text.\n"
                        + "module example.com/m\n").moduleDeprecated());
        assertEquals("suffix form", GoModParser.parse("module example.com/m // Deprecated: suffix form\n")
                .moduleDeprecated());
        assertNull(GoModParser.parse("// Not Deprecated: here.\nmodule example.com/m\n").moduleDeprecated());
        assertNull(GoModParser.parse("// deprecated: wrong case\nmodule example.com/m\n").moduleDeprecated());
        assertNull(GoModParser.parse("// Deprecated: detached by a blank line\n\nmodule example.com/m\n")
                .moduleDeprecated());
    }

    @Test
    void replaceForms() throws ManifestException {
        GoModFile mod = GoModParser.parse("replace (\n"
                + "\texample.com/a => ../a\n"
                + "\texample.com/b v1.0.0 => ./b\n"
                + "\texample.com/c => .\n"
                + "\texample.com/d => ..\\d\n"
                + "\texample.com/e => C:\\src\\e\n"
                + "\texample.com/f v1.2.3 => example.com/g v1.2.4\n"
                + "\tgopkg.in/yaml.v2 => gopkg.in/yaml.v2 v2.4.0\n"
                + ")\n");
        assertEquals(List.of(
                new GoReplace("example.com/a", null, "../a", null, 2),
                new GoReplace("example.com/b", "v1.0.0", "./b", null, 3),
                new GoReplace("example.com/c", null, ".", null, 4),
                new GoReplace("example.com/d", null, "..\\d", null, 5),
                new GoReplace("example.com/e", null, "C:\\src\\e", null, 6),
                new GoReplace("example.com/f", "v1.2.3", "example.com/g", "v1.2.4", 7),
                new GoReplace("gopkg.in/yaml.v2", null, "gopkg.in/yaml.v2", "v2.4.0", 8)), mod.replaces());
    }

    @Test
    void punctuationInsideALineIsJustMoreTokens() throws ManifestException {
        GoModFile mod = GoModParser.parse("module example.com/m\nretract [v1.0.0,v1.0.5]\nretract [ v2.0.0+incompatible , v2.1.0+incompatible ]\n");
        assertEquals(new GoRetract("v1.0.0", "v1.0.5", null, 2), mod.retracts().get(0));
        assertEquals(new GoRetract("v2.0.0+incompatible", "v2.1.0+incompatible", null, 3), mod.retracts().get(1));
    }
}
