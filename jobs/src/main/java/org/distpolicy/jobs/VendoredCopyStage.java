package org.distpolicy.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.facts.GoModuleFacts;
import org.distpolicy.facts.ScannedArtifact;
import org.distpolicy.gomod.vendor.CopyDifference;
import org.distpolicy.gomod.vendor.ModulesTxt;
import org.distpolicy.gomod.vendor.VendoredCopies;
import org.distpolicy.gomod.vendor.VendoredFile;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.go.GoInconsistentVendoring;
import scala.Tuple2;

/**
 * Vendored copies against the archive: each module version a tree vendors is joined (on
 * "path@version") with the archived release of that version, and vendored files that are not
 * what the release holds become {@code go/inconsistent-vendoring} findings.
 */
final class VendoredCopyStage {
    private VendoredCopyStage() {
    }

    private record Vendored(GoModuleFacts tree, String modulePath, String version, List<VendoredFile> files) implements java.io.Serializable {
    }

    private record Release(String artifact, List<FileEntry> files) implements java.io.Serializable {
    }

    static JavaRDD<Finding> run(JavaRDD<ScannedArtifact> scanned) {
        // Few trees vendor; every release's file list would otherwise go through a size-tracked join map.
        return Joins.withSmall(scanned
                        .filter(s -> s.facts() instanceof GoModuleFacts tree && tree.vendorModulesTxt() != null)
                        .flatMapToPair(s -> byModuleVersion((GoModuleFacts) s.facts()).iterator()),
                scanned
                        .filter(s -> s.facts() instanceof GoModuleFacts release && release.version() != null)
                        .mapToPair(s -> new Tuple2<>(s.facts().name() + "@" + s.facts().version(),
                                new Release(s.inventory().artifact(), s.facts().files()))))
                .flatMap(t -> {
                    Vendored vendored = t._2()._1();
                    Release release = t._2()._2();
                    List<CopyDifference> differences = VendoredCopies.compare(vendored.modulePath(), vendored.version(), vendored.files(), release.files());
                    return differences.isEmpty() ? List.<Finding>of().iterator() : List.of(GoInconsistentVendoring.INSTANCE.copyDiffers(
                            vendored.tree(), vendored.modulePath(), vendored.version(), release.artifact(), differences)).iterator();
                });
    }

    private static List<Tuple2<String, Vendored>> byModuleVersion(GoModuleFacts tree) {
        Map<String, List<VendoredFile>> grouped = new LinkedHashMap<>();
        for (VendoredFile file : VendoredCopies.files(tree, ModulesTxt.parse(tree.vendorModulesTxt()))) {
            grouped.computeIfAbsent(file.modulePath() + "@" + file.version(), k -> new ArrayList<>()).add(file);
        }
        List<Tuple2<String, Vendored>> out = new ArrayList<>();
        grouped.forEach((key, files) -> out.add(new Tuple2<>(key, new Vendored(tree, files.get(0).modulePath(), files.get(0).version(), files))));
        return out;
    }
}
