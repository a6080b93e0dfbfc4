package org.distpolicy.gomod.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.gomod.GoModParser;
import org.distpolicy.manifest.ManifestException;
import org.junit.jupiter.api.Test;

class VendorConsistencyTest {
    private static List<String> check(String goMod, String modulesTxt, String... vendoredGoFiles) throws ManifestException {
        List<FileEntry> files = new ArrayList<>(List.of(new FileEntry("go.mod", 1, "a"), new FileEntry("main.go", 1, "b")));
        if (modulesTxt != null) {
            files.add(new FileEntry("vendor/modules.txt", 1, "c"));
        }
        for (String f : vendoredGoFiles) {
            files.add(new FileEntry("vendor/" + f, 1, "d"));
        }
        return VendorConsistency.check(GoModParser.parse(goMod), modulesTxt == null ? null : ModulesTxt.parse(modulesTxt), files)
                .stream().map(i -> i.source() + " " + i.message()).toList();
    }

    private static final String GO_114_MOD = """
            module github.com/example/app

            go 1.14

            require (
            	github.com/pkg/errors v0.9.1
            	golang.org/x/sys v0.0.0-20200323222414-85ca7c5b95cd // indirect
            )

            replace golang.org/x/sys => golang.org/x/sys v0.0.0-20200930185726-fdedc70b468f
            """;

    private static final String GO_114_VENDOR = """
            # github.com/pkg/errors v0.9.1
            ## explicit
            github.com/pkg/errors
            # golang.org/x/sys v0.0.0-20200323222414-85ca7c5b95cd => golang.org/x/sys v0.0.0-20200930185726-fdedc70b468f
            ## explicit
            golang.org/x/sys/unix
            # golang.org/x/sys => golang.org/x/sys v0.0.0-20200930185726-fdedc70b468f
            """;

    @Test
    void aTreeGoModVendorMadeIsConsistent() throws ManifestException {
        assertEquals(List.of(), check(GO_114_MOD, GO_114_VENDOR, "github.com/pkg/errors/errors.go", "golang.org/x/sys/unix/syscall.go"));
    }

    /** Line for line what go 1.19's go list -mod=vendor -m prints for this tree. */
    @Test
    void cmdGoWordingForEachGo114Check() throws ManifestException {
        String goMod = GO_114_MOD.replace("go 1.14", "go 1.16") + "\nreplace example.com/old v1.0.0 => ../old\n";
        String vendor = """
                # github.com/pkg/errors v0.9.1
                github.com/pkg/errors
                # golang.org/x/sys v0.0.0-20200323222414-85ca7c5b95cd => golang.org/x/sys v0.0.0-20200101000000-aaaaaaaaaaaa
                ## explicit
                golang.org/x/sys/unix
                # golang.org/x/text v0.3.2
                ## explicit
                golang.org/x/text/width
                # example.com/gone v1.0.0 => ./gone
                """;
        assertEquals(List.of(
                "CMD_GO github.com/pkg/errors@v0.9.1: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt",
                "CMD_GO golang.org/x/sys: is replaced in go.mod, but not marked as replaced in vendor/modules.txt",
                "CMD_GO example.com/old@v1.0.0: is replaced in go.mod, but not marked as replaced in vendor/modules.txt",
                "CMD_GO golang.org/x/text@v0.3.2: is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod",
                "CMD_GO golang.org/x/sys@v0.0.0-20200323222414-85ca7c5b95cd: is marked as replaced by golang.org/x/sys@v0.0.0-20200101000000-aaaaaaaaaaaa"
                        + " in vendor/modules.txt, but replaced by golang.org/x/sys@v0.0.0-20200930185726-fdedc70b468f in go.mod",
                "CMD_GO example.com/gone@v1.0.0: is marked as replaced in vendor/modules.txt, but not replaced in go.mod"),
                check(goMod, vendor, "github.com/pkg/errors/errors.go", "golang.org/x/sys/unix/syscall.go", "golang.org/x/text/width/width.go"));
    }

    @Test
    void aDifferentReplacementIsReportedFromBothSidesAsGo119Does() throws ManifestException {
        String goMod = "module m.example/app\n\ngo 1.21\n\nrequire example.com/lib v1.2.0\n\nreplace example.com/lib v1.2.0 => example.com/fork v1.3.0\n";
        String vendor = "# example.com/lib v1.2.0 => example.com/fork v1.2.0\n## explicit; go 1.20\nexample.com/lib\n";
        assertEquals(List.of("CMD_GO example.com/lib@v1.2.0: is replaced by example.com/fork@v1.3.0 in go.mod, but marked as replaced by example.com/fork@v1.2.0 in vendor/modules.txt",
                        "CMD_GO example.com/lib@v1.2.0: is marked as replaced by example.com/fork@v1.2.0 in vendor/modules.txt, but replaced by example.com/fork@v1.3.0 in go.mod"),
                check(goMod, vendor, "example.com/lib/lib.go"));
    }

    @Test
    void aModuleLineDisagreeingWithAReplaceOfEveryVersion() throws ManifestException {
        // go 1.13 wrote no line for the wildcard replace itself: only the module line can disagree
        String goMod = "module m.example/app\n\ngo 1.13\n\nrequire example.com/lib v1.2.0\n\nreplace example.com/lib => example.com/fork v1.3.0\n";
        String vendor = "# example.com/lib v1.2.0 => example.com/fork v99.0.0\nexample.com/lib\n";
        assertEquals(List.of("CMD_GO example.com/lib@v1.2.0: is marked as replaced by example.com/fork@v99.0.0 in vendor/modules.txt, but replaced by example.com/fork@v1.3.0 in go.mod"),
                check(goMod, vendor, "example.com/lib/lib.go"));
    }

    @Test
    void go113FilesOnlyContradictionsCount() throws ManifestException {
        String goMod = """
                module github.com/example/old

                go 1.13

                require (
                	github.com/pkg/errors v0.8.1
                	golang.org/x/net v0.0.0-20190620200207-3b0461eec859
                )

                replace golang.org/x/text => golang.org/x/text v0.3.2
                """;
        String vendor = "# github.com/pkg/errors v0.8.1\ngithub.com/pkg/errors\n# golang.org/x/net v0.0.0-20190620200207-3b0461eec859\ngolang.org/x/net/context\n";
        assertEquals(List.of(), check(goMod, vendor, "github.com/pkg/errors/errors.go", "golang.org/x/net/context/context.go"));
        assertEquals(List.of("CMD_GO github.com/pkg/errors@v0.8.1: is explicitly required in go.mod, but vendor/modules.txt indicates github.com/pkg/errors@v0.9.1"),
                check(goMod, vendor.replace("v0.8.1", "v0.9.1"), "github.com/pkg/errors/errors.go", "golang.org/x/net/context/context.go"));
        // a versioned replace of a vendored version must be recorded even before 1.14
        assertEquals(List.of("CMD_GO github.com/pkg/errors@v0.8.1: is replaced in go.mod, but not marked as replaced in vendor/modules.txt"),
                check(goMod + "replace github.com/pkg/errors v0.8.1 => github.com/fork/errors v0.8.2\n", vendor,
                        "github.com/pkg/errors/errors.go", "golang.org/x/net/context/context.go"));
    }

    @Test
    void withoutAGoDirectiveTheFileCountsAsPre114() throws ManifestException {
        assertEquals(List.of(), check("module example.com/nogo\n\nrequire github.com/pkg/errors v0.8.1\n",
                "# github.com/pkg/errors v0.8.1\ngithub.com/pkg/errors\n", "github.com/pkg/errors/errors.go"));
    }

    @Test
    void from117EveryVendoredModuleMustBeARequirement() throws ManifestException {
        String goMod = "module github.com/example/app\n\ngo 1.17\n\nrequire github.com/pkg/errors v0.9.1\n";
        String vendor = """
                # github.com/pkg/errors v0.9.1
                ## explicit; go 1.13
                github.com/pkg/errors
                # golang.org/x/sys v0.1.0
                ## go 1.17
                golang.org/x/sys/unix
                """;
        assertEquals(List.of("CMD_GO vendored module golang.org/x/sys@v0.1.0 should be required explicitly in go.mod"),
                check(goMod, vendor, "github.com/pkg/errors/errors.go", "golang.org/x/sys/unix/unix.go"));
        // the same tree under go 1.16 has no pruned graph and is fine
        assertEquals(List.of(), check(goMod.replace("go 1.17", "go 1.16"), vendor, "github.com/pkg/errors/errors.go", "golang.org/x/sys/unix/unix.go"));
        // go annotations tell cmd/go how to load a module; nothing compares them with go.mod
        assertEquals(List.of(), check(goMod + "require golang.org/x/sys v0.1.0 // indirect\n",
                vendor.replace("## go 1.17", "## go 1.18").replace("## explicit; go 1.13", "## explicit") + "## explicit\n",
                "github.com/pkg/errors/errors.go", "golang.org/x/sys/unix/unix.go"));
    }

    @Test
    void theMainModulesOwnWildcardReplaceIsNotAReplacement() throws ManifestException {
        assertEquals(List.of(), check("module example.com/me\n\ngo 1.22\n\nreplace example.com/me => ./\n", "", "x/y.go").stream()
                .filter(s -> s.startsWith("CMD_GO")).toList());
    }

    @Test
    void vendorDirectoriesAgainstPackageLines() throws ManifestException {
        String goMod = "module github.com/example/app\n\ngo 1.21\n\nrequire github.com/pkg/errors v0.9.1\n";
        String vendor = "# github.com/pkg/errors v0.9.1\n## explicit; go 1.13\ngithub.com/pkg/errors\ngithub.com/pkg/errors/internal\n";
        assertEquals(List.of(
                "VENDOR_TREE vendor/modules.txt lists package github.com/pkg/errors/internal of github.com/pkg/errors@v0.9.1, but vendor/github.com/pkg/errors/internal/ holds no .go files",
                "VENDOR_TREE vendor/github.com/stray/pkg/ holds .go files, but vendor/modules.txt lists no package github.com/stray/pkg"),
                check(goMod, vendor, "github.com/pkg/errors/errors.go", "github.com/pkg/errors/internal/x_test.go",
                        "github.com/pkg/errors/LICENSE", "github.com/stray/pkg/a.go", "github.com/pkg/errors/testdata/t.go"));
    }

    @Test
    void vendorWithoutModulesTxtAndWorkspaceVendor() throws ManifestException {
        String goMod = "module github.com/example/app\n\ngo 1.21\n\nrequire github.com/pkg/errors v0.9.1\n";
        assertEquals(List.of(
                "CMD_GO github.com/pkg/errors@v0.9.1: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt",
                "VENDOR_TREE vendor/ holds 1 files but no modules.txt: go build -mod=vendor finds none of the 1 modules go.mod requires in it"),
                check(goMod, null, "github.com/pkg/errors/errors.go"));
        assertEquals(List.of("VENDOR_TREE vendor/modules.txt is for a workspace (## workspace), not for this module: go 1.22 and later ignore this vendor directory"),
                check(goMod, "## workspace\n# github.com/pkg/errors v0.9.1\n## explicit; go 1.13\ngithub.com/pkg/errors\n", "github.com/pkg/errors/errors.go"));
        assertEquals(List.of(), check(goMod, null));
    }
}
