package org.chaosbench.runs.report.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.eval.runner.EvalRun;
import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.report.TaggedProject;

/**
 * End to end over real files: a copy of the project's embedded dataset and freeze manifest in a
 * git repository with a tagged master, two baseline runs made by the real runner from that
 * commit (so the policy finds them OFFICIAL), then the paper-assets operation as the front ends
 * call it.
 */
class PaperAssetsTaskTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private void project() throws IOException {
        TaggedProject.create(root);
    }

    private EvalRun.Result eval(String provider) {
        return TaggedProject.eval(root, provider, CLOCK);
    }

    @Test
    void officialBaselineRunsBecomeTablesAndFigures() throws IOException {
        project();
        EvalRun.Result yes = eval("always-true");
        EvalRun.Result no = eval("always-false");

        PaperAssets.Result r = new PaperAssetsTask(root, Path.of("runs"), null, Path.of("artifacts/paper_assets"), null,
                List.of(), List.of(), null).run();

        assertThat(r.officialRuns()).as("both runs meet every policy criterion").isEqualTo(2);
        assertThat(r.boards()).isEqualTo(1);
        Path out = root.resolve("artifacts/paper_assets");
        List<String> csv = Files.readAllLines(out.resolve("leaderboard.csv"), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(3);
        for (EvalRun.Result run : List.of(yes, no)) {
            JsonNode metrics = new ObjectMapper().readTree(run.runDir().resolve("metrics.json").toFile());
            String accuracy = PyRound.fixed(metrics.get("accuracy_valid").asDouble(), 4);
            assertThat(csv).anySatisfy(line -> assertThat(line).contains(",baseline," + run.runId() + ",")
                    .contains("," + metrics.get("total").asLong() + "," + metrics.get("valid").asLong() + ","
                            + accuracy + ","));
        }
        assertThat(Files.readString(out.resolve("leaderboard.tex"))).contains("always-true").contains("always-false");
        for (String figure : List.of("accuracy_" + board(csv), "family_heatmap_" + board(csv))) {
            assertThat(out.resolve("figures/" + figure + ".svg")).isRegularFile();
            assertThat(out.resolve("figures/" + figure + ".png")).isRegularFile();
        }
        try (var figures = Files.list(out.resolve("figures"))) {
            assertThat(figures.filter(f -> f.getFileName().toString().startsWith("confusion_"))).hasSize(4);
        }
        // The original tool's tables are written beside them, from the same official runs.
        assertThat(Files.readAllLines(out.resolve("baselines_table.csv"))).hasSize(3);
    }

    @Test
    void missingFoldersAreNamed() throws IOException {
        Files.createDirectories(root.resolve("runs"));
        assertThatThrownBy(() -> new PaperAssetsTask(root, Path.of("nope"), Path.of("nope2"), Path.of("out"), null,
                null, null, null).run()).isInstanceOf(InvalidInputException.class).hasMessageContaining("nope")
                .hasMessageContaining("--runs-dir");
        assertThatThrownBy(() -> new PaperAssetsTask(root, Path.of("runs"), null, Path.of("out"), Path.of("tpl"),
                null, null, null).run()).isInstanceOf(InvalidInputException.class).hasMessageContaining("tpl");
        assertThat(root.resolve("out")).doesNotExist();
    }

    private static String board(List<String> csv) {
        return csv.get(1).substring(0, csv.get(1).indexOf(','));
    }
}
