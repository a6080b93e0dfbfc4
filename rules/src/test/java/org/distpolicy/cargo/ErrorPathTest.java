package org.distpolicy.cargo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distpolicy.manifest.ManifestException;
import org.junit.jupiter.api.Test;

/** Every way a manifest is rejected, with the message and the 1-based position it points at. */
class ErrorPathTest {

    private static ManifestException rejected(byte[] content) {
        return assertThrows(ManifestException.class, () -> CargoManifestParser.parse(content));
    }

    private static void assertRejected(String toml, String message, int line, int column) {
        ManifestException e = rejected(toml.getBytes(UTF_8));
        assertEquals(message, e.getMessage());
        assertEquals(line, e.line(), "line");
        assertEquals(column, e.column(), "column");
    }

    // --- encoding ---

    @Test
    void invalidUtf8NamesTheByteOffsetAndLine() {
        byte[] content = {'[', 'a', ']', '\n', 'x', ' ', '=', ' ', '"', (byte) 0xC3, '(', '"', '\n'};

        ManifestException e = rejected(content);

        assertEquals("invalid UTF-8 at byte offset 9 (line 2)", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(6, e.column());
    }

    @Test
    void invalidUtf8ColumnCountsCharactersNotBytes() {
        // "é" is two bytes but one column; the stray continuation byte comes right after it.
        byte[] prefix = "a = 1\nb = \"é".getBytes(UTF_8);
        byte[] content = new byte[prefix.length + 2];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        content[prefix.length] = (byte) 0x80;
        content[prefix.length + 1] = '"';

        ManifestException e = rejected(content);

        assertEquals("invalid UTF-8 at byte offset 13 (line 2)", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(7, e.column());
    }

    @Test
    void aTruncatedMultiByteSequenceAtTheEndIsInvalid() {
        byte[] prefix = "name = \"".getBytes(UTF_8);
        byte[] content = new byte[prefix.length + 1];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        content[prefix.length] = (byte) 0xE2;

        ManifestException e = rejected(content);

        assertEquals("invalid UTF-8 at byte offset 8 (line 1)", e.getMessage());
        assertEquals(9, e.column());
    }

    // --- TOML syntax, positioned by Jackson ---

    @Test
    void aMissingValueIsASyntaxErrorWithoutJacksonsSourceDump() {
        assertRejected("[package]\nname = \n", "invalid TOML: Newline not permitted here", 2, 8);
    }

    @Test
    void anUnterminatedStringIsASyntaxError() {
        assertRejected("[dependencies]\nserde = \"1.0\n", "invalid TOML: Newline not permitted here", 2, 13);
    }

    @Test
    void aDuplicateKeyIsASyntaxError() {
        // Jackson notices the duplicate once the value is read, so it points at the start of the next line.
        assertRejected("[package]\nname = \"a\"\nname = \"b\"\n", "invalid TOML: Duplicate key", 4, 1);
    }

    @Test
    void aRedefinedTableIsASyntaxError() {
        assertRejected("[dependencies]\na = \"1\"\n[dependencies]\nb = \"1\"\n", "invalid TOML: Table redefined", 3, 14);
    }

    @Test
    void anImpossibleDateIsASyntaxErrorAtTheLiteral() {
        assertRejected("[package]\nname = \"a\"\n[package.metadata]\nreleased = 1979-13-45\n",
                "invalid TOML: invalid date-time 1979-13-45", 4, 12);
    }

    @Test
    void anImpossibleTimeIsASyntaxErrorAtTheLiteral() {
        assertRejected("a = 1\nat = 1979-05-27T25:00:00Z\n", "invalid TOML: invalid date-time 1979-05-27T25:00:00Z", 2, 6);
    }

    @Test
    void tooDeepNestingIsRejectedWithoutAPosition() {
        String toml = "x = " + "[".repeat(1200) + "]".repeat(1200) + "\n";

        ManifestException e = rejected(toml.getBytes(UTF_8));

        assertTrue(e.getMessage().startsWith("invalid TOML: Document nesting depth"), e.getMessage());
        assertEquals(0, e.line());
        assertEquals(0, e.column());
    }

    // --- wrong value types, positioned at the key ---

    @Test
    void aTopLevelTableOfTheWrongType() {
        assertRejected("# top-level keys come before any table header\ndependencies = [\"serde\"]\n",
                "dependencies: expected a table, found an array", 2, 1);
    }

    @Test
    void packageThatIsNotATable() {
        assertRejected("package = \"x\"\n", "package: expected a table, found a string", 1, 1);
    }

    @Test
    void aPackageWithoutName() {
        assertRejected("# header\n[package]\nversion = \"1.0.0\"\n", "package: missing required key `name`", 2, 1);
    }

    @Test
    void anInheritedNameIsNotAllowed() {
        assertRejected("[package]\nname.workspace = true\n", "package.name: expected a string, found a table", 2, 1);
    }

    @Test
    void aVersionThatIsAFloat() {
        assertRejected("[package]\nname = \"a\"\nversion = 1.0\n",
                "package.version: expected a string or { workspace = true }, found a float", 3, 1);
    }

    @Test
    void aVersionThatIsADate() {
        assertRejected("[package]\nname = \"a\"\nversion = 2024-01-01\n",
                "package.version: expected a string or { workspace = true }, found a date-time", 3, 1);
    }

    @Test
    void anInheritedFieldWithWorkspaceFalse() {
        assertRejected("[package]\nname = \"a\"\nedition = { workspace = false }\n",
                "package.edition.workspace: `workspace` cannot be false", 3, 13);
    }

    @Test
    void anInheritedFieldWithANonBooleanWorkspace() {
        assertRejected("[package]\nname = \"a\"\nlicense.workspace = \"yes\"\n",
                "package.license.workspace: expected a boolean, found a string", 3, 9);
    }

    @Test
    void anUnmodelledInheritableFieldIsStillChecked() {
        assertRejected("[package]\nname = \"a\"\ndescription.workspace = false\n",
                "package.description.workspace: `workspace` cannot be false", 3, 13);
    }

    @Test
    void aTableWithoutWorkspaceWhereAStringBelongs() {
        assertRejected("[package]\nname = \"a\"\nrepository = { url = \"x\" }\n",
                "package.repository: expected a string or { workspace = true }, found a table", 3, 1);
    }

    @Test
    void linksThatIsNotAString() {
        assertRejected("[package]\nname = \"a\"\nlinks = [\"z\"]\n", "package.links: expected a string, found an array", 3, 1);
    }

    @Test
    void buildThatIsANumber() {
        assertRejected("[package]\nname = \"a\"\nbuild = 1\n",
                "package.build: expected a path string or a boolean, found an integer", 3, 1);
    }

    @Test
    void publishToAStringOtherThanNested() {
        assertRejected("[package]\nname = \"a\"\npublish = \"crates-io\"\n",
                "package.publish: expected a boolean, an array of registry names, \"nested\" or { workspace = true },"
                        + " found the string \"crates-io\"", 3, 1);
    }

    @Test
    void publishToANumber() {
        assertRejected("[package]\nname = \"a\"\npublish = 0\n",
                "package.publish: expected a boolean, an array of registry names, \"nested\" or { workspace = true },"
                        + " found an integer", 3, 1);
    }

    @Test
    void publishToAListWithANonString() {
        assertRejected("[package]\nname = \"a\"\npublish = [\"reg\", true]\n",
                "package.publish[1]: expected a string, found a boolean", 3, 19);
    }

    @Test
    void authorsThatIsAString() {
        assertRejected("[package]\nname = \"a\"\nauthors = \"me\"\n",
                "package.authors: expected an array of strings or { workspace = true }, found a string", 3, 1);
    }

    @Test
    void anOldProjectTableIsReadAndReportedUnderItsOwnName() {
        assertRejected("[project]\nname = \"a\"\nversion = 1\n",
                "project.version: expected a string or { workspace = true }, found an integer", 3, 1);
    }

    @Test
    void aDependencyThatIsANumber() {
        assertRejected("[dependencies]\nlog = \"0.4\"\nserde = 1\n",
                "dependencies.serde: expected a version string like \"1.0\" or a table, found an integer", 3, 1);
    }

    @Test
    void dependencyFeaturesThatIsAString() {
        assertRejected("[dependencies]\nserde = { version = \"1\", features = \"derive\" }\n",
                "dependencies.serde.features: expected an array of strings, found a string", 2, 26);
    }

    @Test
    void aDependencyFieldInADottedHeaderTable() {
        assertRejected("[dependencies.serde]\nversion = \"1\"\noptional = \"yes\"\n",
                "dependencies.serde.optional: expected a boolean, found a string", 3, 1);
    }

    @Test
    void defaultFeaturesInItsOldSpellingThatIsNotABoolean() {
        assertRejected("[dev-dependencies]\nfoo = { version = \"1\", default_features = 0 }\n",
                "dev-dependencies.foo.default_features: expected a boolean, found an integer", 2, 24);
    }

    @Test
    void aVersionRequirementThatIsNotAString() {
        assertRejected("[build-dependencies]\ncc = { version = 1 }\n",
                "build-dependencies.cc.version: expected a string, found an integer", 2, 8);
    }

    @Test
    void aRenameThatIsNotAString() {
        assertRejected("[dependencies]\nfoo = { package = [\"bar\"] }\n",
                "dependencies.foo.package: expected a string, found an array", 2, 9);
    }

    @Test
    void aGitBranchThatIsNotAString() {
        assertRejected("[dependencies]\nfoo = { git = \"https://example.org/foo\", branch = 1 }\n",
                "dependencies.foo.branch: expected a string, found an integer", 2, 42);
    }

    @Test
    void sourceKeysThatAreNotStrings() {
        assertRejected("[dependencies]\nfoo = { path = 1 }\n", "dependencies.foo.path: expected a string, found an integer", 2, 9);
        assertRejected("[dependencies]\nfoo = { git = true }\n", "dependencies.foo.git: expected a string, found a boolean", 2, 9);
        assertRejected("[dependencies]\nfoo = { version = \"1\", registry = 2 }\n",
                "dependencies.foo.registry: expected a string, found an integer", 2, 24);
        assertRejected("[dependencies]\nfoo = { version = \"1\", registry-index = {} }\n",
                "dependencies.foo.registry-index: expected a string, found a table", 2, 24);
    }

    @Test
    void anInheritedDependencyWithWorkspaceFalse() {
        assertRejected("[dependencies]\nserde = { workspace = false, features = [\"derive\"] }\n",
                "dependencies.serde.workspace: `workspace` cannot be false", 2, 11);
    }

    @Test
    void anInheritedDependencyWithBadFeatures() {
        assertRejected("[dependencies]\nserde.workspace = true\nserde.features = [\"derive\", 2]\n",
                "dependencies.serde.features[1]: expected a string, found an integer", 3, 29);
    }

    @Test
    void aTargetTableThatIsNotATable() {
        assertRejected("target = \"x86_64-unknown-linux-gnu\"\n", "target: expected a table, found a string", 1, 1);
    }

    @Test
    void aPlatformThatIsNotATable() {
        assertRejected("[target]\n'cfg(unix)' = 5\n", "target.'cfg(unix)': expected a table, found an integer", 2, 1);
    }

    @Test
    void aTargetedDependencyOfTheWrongType() {
        assertRejected("[target.'cfg(windows)'.dependencies]\nwinapi = true\n",
                "target.'cfg(windows)'.dependencies.winapi: expected a version string like \"1.0\" or a table,"
                        + " found a boolean", 2, 1);
    }

    @Test
    void aTargetedDevDependencyTableOfTheWrongType() {
        assertRejected("[target.\"cfg(target_os = \\\"macos\\\")\"]\ndev-dependencies = 3\n",
                "target.'cfg(target_os = \"macos\")'.dev-dependencies: expected a table, found an integer", 2, 1);
    }

    @Test
    void topLevelFeaturesThatIsAString() {
        assertRejected("features = \"x\"\n[package]\nname = \"a\"\n", "features: expected a table, found a string", 1, 1);
    }

    @Test
    void aFeatureThatIsNotAnArray() {
        assertRejected("[features]\ndefault = \"std\"\n", "features.default: expected an array of strings, found a string", 2, 1);
    }

    @Test
    void aFeatureEntryThatIsNotAString() {
        assertRejected("[features]\ndefault = [\n    \"std\",\n    1,\n]\n",
                "features.default[1]: expected a string, found an integer", 4, 5);
    }

    @Test
    void patchThatIsNotATable() {
        assertRejected("patch = [1]\n", "patch: expected a table, found an array", 1, 1);
    }

    @Test
    void aPatchSourceThatIsNotATable() {
        assertRejected("[patch]\ncrates-io = \"serde\"\n", "patch.crates-io: expected a table, found a string", 2, 1);
    }

    @Test
    void aPatchEntryOfTheWrongType() {
        assertRejected("[patch.\"https://github.com/rust-lang/regex\"]\nregex = 5\n",
                "patch.'https://github.com/rust-lang/regex'.regex: expected a version string like \"1.0\" or a table,"
                        + " found an integer", 2, 1);
    }

    @Test
    void aReplaceEntryOfTheWrongType() {
        assertRejected("[replace]\n\"foo:0.1.0\" = { git = \"https://example.org/foo\", tag = false }\n",
                "replace.'foo:0.1.0'.tag: expected a string, found a boolean", 2, 50);
    }

    @Test
    void libThatIsNotATable() {
        assertRejected("lib = \"src/lib.rs\"\n", "lib: expected a table, found a string", 1, 1);
    }

    @Test
    void binThatIsATableInsteadOfAnArrayOfTables() {
        assertRejected("[bin]\nname = \"a\"\n", "bin: expected an array of tables, found a table", 1, 1);
    }

    @Test
    void aBinElementThatIsNotATable() {
        assertRejected("bin = [\"a\"]\n", "bin[0]: expected a table, found a string", 1, 8);
    }

    @Test
    void aFieldOfTheSecondBin() {
        assertRejected("[[bin]]\nname = \"a\"\n\n[[bin]]\nname = 5\n", "bin[1].name: expected a string, found an integer", 5, 1);
    }

    @Test
    void aLibPathThatIsNotAString() {
        assertRejected("[lib]\npath = true\n", "lib.path: expected a string, found a boolean", 2, 1);
    }

    @Test
    void lintsThatAreNotATable() {
        assertRejected("lints = true\n", "lints: expected a table, found a boolean", 1, 1);
    }

    @Test
    void lintsInheritedWithANonBoolean() {
        assertRejected("[lints]\nworkspace = \"yes\"\n", "lints.workspace: expected a boolean, found a string", 2, 1);
    }

    @Test
    void workspaceThatIsNotATable() {
        assertRejected("workspace = true\n", "workspace: expected a table, found a boolean", 1, 1);
    }
}
