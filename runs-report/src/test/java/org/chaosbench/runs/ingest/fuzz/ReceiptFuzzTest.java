package org.chaosbench.runs.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.ReferenceData;
import org.chaosbench.runs.ingest.fuzz.Subject.Mode;
import org.chaosbench.runs.ingest.run.RunManifest;
import org.chaosbench.runs.report.site.SiteReceiptReader;

/**
 * Reader fuzzing (issue 8, item 1) of publish_receipt.json. Its only reader is the site's
 * (the published date of a run page), which lives in runs-report, so the campaign runs here
 * with runs-ingest's fuzz classes (test-jar) and the same properties as {@code ReaderFuzzTest}:
 * {@code chaosbench.fuzz.seed}, {@code chaosbench.fuzz.cases} (a slice in the default build,
 * 10,000 with {@code -Preliability}), {@code chaosbench.fuzz.timeoutMs}. The reader never
 * throws: a receipt it cannot use must give the manifest's date, exactly as a receipt without
 * {@code published_utc} does (mode FALLBACK).
 */
class ReceiptFuzzTest {
    @TempDir(factory = MemoryTempDir.class)
    Path work;

    @Test
    void theSitesReceiptReaderSurvivesSeededMutations() throws Exception {
        long seed = Long.getLong("chaosbench.fuzz.seed", ReaderFuzzTest.DEFAULT_SEED);
        int cases = Integer.getInteger("chaosbench.fuzz.cases", 96);
        long timeout = Long.getLong("chaosbench.fuzz.timeoutMs", 120_000L);
        Seeds seeds = new Seeds();
        List<Subject.Seed> receipts = seeds.receipts();
        assertThat(receipts).as("publish_receipt.json seed files").isNotEmpty();
        // One real manifest for every case: its created_utc is the answer a broken receipt gets.
        Path manifestFile = seeds.hasReference()
                ? firstManifest(ReferenceData.projectRoot().resolve("../shared/reference/published_results/runs"))
                : firstManifest(ReferenceData.projectRoot().resolve("chaosbench-maven-plugin/src/it/site/published_results/runs"));
        RunManifest manifest = RunManifest.read(manifestFile);
        assertThat(manifest.createdUtc()).isNotNull();
        Subject subject = new Subjects.Simple("publish-receipt", Mode.FALLBACK, receipts,
                (dir, s) -> dir.resolve("publish_receipt.json"),
                (dir, target) -> ReadResult.of(SiteReceiptReader.publishedUtc(dir, manifest)));
        Campaign.Tally t = Campaign.run(subject, seed, cases, List.of(MutationKind.values()), work, timeout,
                ReferenceData.projectRoot().resolve("runs-report/target/fuzz-failures"));
        System.out.println("fuzz seeds from " + seeds.source() + "; " + receipts.size() + " receipts");
        System.out.println(t.summary());
        assertThat(t.perKind()).as("every mutation kind ran").hasSize(Math.min(cases, MutationKind.values().length));
        assertThat(t.failures()).as("publish-receipt: failing cases (" + t.failures().size() + ")").isEmpty();
    }

    private static Path firstManifest(Path published) throws Exception {
        try (Stream<Path> runs = Files.list(published)) {
            return runs.map(d -> d.resolve(RunManifest.FILE_NAME)).filter(Files::isRegularFile).sorted().findFirst()
                    .orElseThrow();
        }
    }
}
