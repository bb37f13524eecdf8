package org.chaosbench.runs.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.chaosbench.runs.ingest.ReferenceData;

/** The three original subsets and their three manifest generations (FORMATS 1.4). */
class ReferenceSubsetsTest {

    @ParameterizedTest
    @CsvSource({"api_balanced_100, LEGACY_FILE_SHA, 100, f9ff280fc8c2dfbac8be044a4a595934629b688a8b1e733dd384bdf01aa43d6f",
        "subset_1k_armored, BUILDER, 1000, 194884503e7dcb0a",
        "subset_5k_armored, BUILDER, 5000, 23e4eaa5a2e550dc"})
    void everyOriginalSubsetMatchesItsManifest(String name, SubsetManifest.Generation generation, long size, String sha) {
        Path file = ReferenceData.reference("dataset/data/subsets/" + name + ".jsonl");

        SubsetCheck check = SubsetCheck.of(file);

        assertThat(check.differences()).isEmpty();
        assertThat(check.manifest().generation()).isEqualTo(generation);
        assertThat(check.manifest().size()).isEqualTo(size);
        assertThat(check.manifest().sha256()).isEqualTo(sha);
        assertThat(check.items()).hasSize((int) size);
    }

    @Test
    void aChangedSubsetIsReportedFieldByField(@TempDir Path tmp) throws IOException {
        Path src = ReferenceData.reference("dataset/data/subsets/subset_1k_armored.jsonl");
        Path copy = tmp.resolve("subset_1k_armored.jsonl");
        String text = Files.readString(src);
        Files.writeString(copy, text.substring(text.indexOf('\n') + 1)); // drop the first item
        Files.copy(SubsetManifest.pathFor(src), SubsetManifest.pathFor(copy));

        SubsetCheck check = SubsetCheck.of(copy);

        assertThat(check.matches()).isFalse();
        assertThat(check.differences()).anyMatch(d -> d.equals("size: manifest says 1000, the file holds 999 items"))
                .anyMatch(d -> d.startsWith("sha256: manifest says 194884503e7dcb0a, the file gives "))
                .anyMatch(d -> d.startsWith("label_balance: "))
                .anyMatch(d -> d.startsWith("per_family_counts."));
    }
}
