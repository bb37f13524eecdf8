package org.chaosbench.runs.report.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.chaosbench.runs.report.publish.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, acceptance 2: {@code index --format original} over the 11 run folders of the
 * original published_results gives the original's rules applied to them. The rows are built
 * here from FORMATS 7 (not copied from the committed README, which lists 40 runs); the fixed
 * prose is the committed README's, as FORMATS 7 prescribes.
 */
class OriginalIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theOriginalLayoutOverTheElevenFolders() throws Exception {
        Path committed = Projects.reference("published_results/runs/README.md");
        List<Path> refs = Projects.publishedReferenceRuns();
        for (Path ref : refs) {
            Projects.copyTree(ref, dir.resolve(ref.getFileName().toString()));
        }
        Files.copy(committed, dir.resolve("README.md"));

        IndexResult result = PublishedIndex.regenerate(dir, IndexFormat.ORIGINAL, () -> {
            throw new AssertionError("the original format needs no policy");
        });

        List<String> lines = Files.readAllLines(committed);
        int firstRow = lines.indexOf("|--------|----------|---|-----------|---------|-----|------|") + 1;
        int afterRows = firstRow;
        while (lines.get(afterRows).startsWith("| `")) {
            afterRows++;
        }
        StringBuilder expected = new StringBuilder();
        lines.subList(0, firstRow).forEach(l -> expected.append(l).append('\n'));
        for (Path ref : refs) { // directory name order; these names are ASCII, so code-point order too
            expected.append(row(ref)).append('\n');
        }
        lines.subList(afterRows, lines.size()).forEach(l -> expected.append(l).append('\n'));

        String written = Files.readString(dir.resolve("README.md"));
        assertThat(written).isEqualTo(expected.toString());
        assertThat(result.rows()).hasSize(11);
        // The original wrote these very rows for the same folders.
        for (Path ref : refs) {
            assertThat(lines).contains(row(ref));
        }
        // The 29 committed rows without a folder (FORMATS 12.9) are dropped and named.
        assertThat(result.dropped()).hasSize(29).contains("20260221T113429Z_openai_gpt-4o-mini",
                "20260221T213836Z_openrouter_meta-llama_llama-3.3-70b-instruct");
        assertThat(result.warnings()).singleElement().asString().contains("listed 29 run(s) that have no folder")
                .contains("20260221T203444Z_openai_gpt-5.2");
    }

    /** FORMATS 7: run id, provider, N with commas, three rates .4f when float, the date part of created_utc. */
    private static String row(Path runDir) throws Exception {
        JsonNode m = JSON.readTree(runDir.resolve("run_manifest.json").toFile());
        JsonNode s = m.get("metrics_summary");
        return "| `" + m.get("run_id").asText() + "` | " + m.get("provider").asText() + " | "
                + String.format(Locale.ROOT, "%,d", m.get("total_items_evaluated").asLong()) + " | "
                + four(s.get("accuracy_valid")) + " | " + four(s.get("balanced_accuracy")) + " | " + four(s.get("mcc"))
                + " | " + m.get("created_utc").asText().substring(0, 10) + " |";
    }

    private static String four(JsonNode v) {
        assertThat(v.isFloatingPointNumber()).isTrue();
        return new BigDecimal(v.doubleValue()).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    @Test
    void withoutAnyFolderTheIndexHasNoRows() throws Exception {
        IndexResult result = PublishedIndex.regenerate(dir, IndexFormat.ORIGINAL, () -> null);
        assertThat(result.rows()).isEmpty();
        assertThat(Files.readString(dir.resolve("README.md")))
                .contains("|--------|----------|---|-----------|---------|-----|------|\n\n## Artifact Contents\n");
        List<String> names = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        assertThat(names).containsExactlyInAnyOrder("README.md", ".publish.lock");
    }
}
