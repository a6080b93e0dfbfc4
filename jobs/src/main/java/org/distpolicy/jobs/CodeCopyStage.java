package org.distpolicy.jobs;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.distpolicy.copy.CopyEvidence;
import org.distpolicy.copy.CopyFile;
import org.distpolicy.copy.CountableFiles;
import org.distpolicy.copy.PackagedCopy;
import org.distpolicy.facts.PackageFacts;
import org.distpolicy.facts.ScannedArtifact;
import org.distpolicy.rules.Finding;
import scala.Tuple2;

/**
 * Cross-archive code-copy detection: every countable file keyed by its sha256, grouped, and the
 * pairs where one package holds another's files at the same relative paths below a directory
 * counted per (bundler, directory, original version); the best matching version of each
 * original becomes one {@code copy/packaged-code} finding. The logic lives in
 * {@code org.distpolicy.copy}.
 */
final class CodeCopyStage {
    private CodeCopyStage() {
    }

    record Output(JavaRDD<Finding> findings, long countableFiles) {
    }

    static Output run(JavaRDD<ScannedArtifact> scanned) {
        JavaRDD<ScannedArtifact> packages = scanned.filter(s -> s.facts() != null && !s.files().isEmpty());
        JavaPairRDD<String, CopyFile> byContent = packages.flatMapToPair(s -> {
            PackageFacts facts = s.facts();
            List<Tuple2<String, CopyFile>> files = new ArrayList<>();
            s.files().stream().filter(CountableFiles::countable).forEach(f -> files.add(new Tuple2<>(f.sha256(),
                    new CopyFile(s.inventory().artifact(), facts.ecosystem(), facts.name(), facts.version(), f.path(), f.size()))));
            return files.iterator();
        });
        JavaPairRDD<String, Long> countableByArtifact = Blocks.persist(packages.mapToPair(s ->
                new Tuple2<>(s.inventory().artifact(), s.files().stream().filter(CountableFiles::countable).count())));

        // (bundler artifact, where, original artifact) → (files, bytes), with what names them
        // The scan is partitioned by bytes to read; the files keyed by content are a small table beside it.
        JavaPairRDD<String, Tuple2<CopyEvidence, long[]>> counted = byContent.groupByKey(scanned.context().defaultParallelism())
                .flatMap(group -> {
                    List<CopyFile> same = new ArrayList<>();
                    group._2().forEach(same::add);
                    return CopyEvidence.among(same).iterator();
                })
                .mapToPair(e -> new Tuple2<>(e.bundler().artifact() + "\n" + e.where() + "\n" + e.original().artifact(),
                        new Tuple2<>(e, new long[] {1, e.bundler().size()})))
                .reduceByKey((a, b) -> new Tuple2<>(a._1(), new long[] {a._2()[0] + b._2()[0], a._2()[1] + b._2()[1]}));
        JavaRDD<Finding> findings = Joins.withSmall(counted.mapToPair(t -> new Tuple2<>(t._2()._1().original().artifact(), t._2())),
                        countableByArtifact)
                .map(t -> {
                    CopyEvidence e = t._2()._1()._1();
                    long[] sums = t._2()._1()._2();
                    return new PackagedCopy(e.bundler(), e.where(), e.original().artifact(), e.original().packageName(),
                            e.original().version(), sums[0], sums[1], t._2()._2());
                })
                .filter(PackagedCopy::meaningful)
                .mapToPair(c -> new Tuple2<>(c.bundler().artifact() + "\n" + c.where() + "\n" + c.originalPackage(), c))
                .reduceByKey((a, b) -> PackagedCopy.BEST.compare(a, b) >= 0 ? a : b)
                .map(t -> t._2().finding());
        return new Output(findings, countableByArtifact.values().fold(0L, Long::sum));
    }
}
