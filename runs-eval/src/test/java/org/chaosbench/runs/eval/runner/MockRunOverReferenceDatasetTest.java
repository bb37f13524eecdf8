package org.chaosbench.runs.eval.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.eval.provider.ApiKeys;

/**
 * The mock provider (always TRUE) over the whole reference dataset: metrics.json and
 * summary.md must equal what FORMATS 5.7 and 5.11 define, computed here independently from
 * the dataset files with plain arithmetic.
 */
class MockRunOverReferenceDatasetTest {
    private static final Path PROJECT = Path.of(System.getProperty("chaosbench.projectRoot", "..")).toAbsolutePath()
            .normalize();
    private static final Path DATASET = PROJECT.resolve("../shared/reference/dataset").normalize();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void alwaysTrueMetricsEqualTheDefinition(@TempDir Path out) throws IOException {
        assumeTrue(Files.isDirectory(DATASET), "../shared/reference is absent");
        Path root = copyWithPrompt(out);
        EvalOptions o = new EvalOptions();
        o.provider = "mock";

        EvalRun.Result r = Evaluations.evaluate(root, out.resolve("runs"), o, null, ApiKeys.none(), EvalProgress.NONE,
                CLOCK);

        assertThat(r.status()).isEqualTo(EvalRun.Status.COMPLETE);
        assertThat(r.runId()).isEqualTo("20261129T120000Z_mock");
        Expected e = expected(root);
        assertThat(Files.readString(r.runDir().resolve("metrics.json"))).isEqualTo(e.metricsJson());
        assertThat(Files.readString(r.runDir().resolve("summary.md"))).isEqualTo(e.summary(r.runId()));
        assertThat(r.runDir().resolve(".eval_checkpoint.jsonl")).doesNotExist();
        JsonNode manifest = new ObjectMapper().readTree(r.runDir().resolve("run_manifest.json").toFile());
        assertThat(manifest.get("total_items_evaluated").asInt()).isEqualTo(16342);
        assertThat(manifest.get("dataset_global_sha256").asText())
                .isEqualTo("8271a098ef0e5d1401b56b5ed6ebfd2457c9a44e024e1536b114ed7362202577");
        assertThat(manifest.get("order_mode").asText()).isEqualTo("canonical");
        assertThat(manifest.get("workers").asInt()).isEqualTo(1);
    }

    /** The reference dataset is read-only in CI; runs need the project's prompt template beside it. */
    static Path copyWithPrompt(Path tmp) throws IOException {
        Path root = tmp.resolve("root");
        org.chaosbench.runs.ingest.io.AtomicFiles.writeString(root.resolve("data/prompts/default.json"),
                Files.readString(PROJECT.resolve("data/prompts/default.json")));
        Files.createDirectories(root.resolve("data"));
        for (Path f : Files.newDirectoryStream(DATASET.resolve("data"), "*.json*")) {
            Files.createSymbolicLink(root.resolve("data").resolve(f.getFileName()), f);
        }
        Files.createSymbolicLink(root.resolve("data/subsets"), DATASET.resolve("data/subsets"));
        return root;
    }

    /** FORMATS 5.7 and 5.11 worked out by hand for a model that always answers TRUE. */
    private record Expected(long total, long trues, Map<String, long[]> families) {
        String metricsJson() {
            double acc = (double) trues / total;
            StringBuilder sb = new StringBuilder("{\n");
            sb.append("  \"total\": ").append(total).append(",\n");
            sb.append("  \"valid\": ").append(total).append(",\n");
            sb.append("  \"invalid\": 0,\n");
            sb.append("  \"correct\": ").append(trues).append(",\n");
            sb.append("  \"coverage\": 1.0,\n  \"invalid_rate\": 0.0,\n");
            sb.append("  \"accuracy_valid\": ").append(round4(acc)).append(",\n");
            sb.append("  \"effective_accuracy\": ").append(round4(acc)).append(",\n");
            sb.append("  \"balanced_accuracy\": 0.5,\n  \"mcc\": 0.0,\n  \"per_family\": {\n");
            List<String> rows = new ArrayList<>();
            families.forEach((f, c) -> rows.add("    \"" + f + "\": {\n      \"total\": " + c[0] + ",\n      \"valid\": "
                    + c[0] + ",\n      \"correct\": " + c[1] + ",\n      \"coverage\": 1.0,\n      \"accuracy_valid\": "
                    + repr((double) c[1] / c[0]) + "\n    }"));
            sb.append(String.join(",\n", rows)).append("\n  },\n  \"per_split\": {\n    \"unknown\": {\n      \"total\": ")
                    .append(total).append(",\n      \"valid\": ").append(total).append(",\n      \"accuracy_valid\": ")
                    .append(repr(acc)).append("\n    }\n  }\n}");
            return sb.toString();
        }

        String summary(String runId) {
            String acc = new java.math.BigDecimal(Double.parseDouble(round4((double) trues / total)))
                    .setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString();
            StringBuilder sb = new StringBuilder("# Evaluation Summary: " + runId + "\n\n**Provider:** mock\n\n"
                    + "## Key Metrics\n\n| Metric | Value |\n|--------|-------|\n| Total items | " + total
                    + " |\n| Valid responses | " + total + " |\n| Invalid responses | 0 |\n| Coverage | 1.0000 |\n"
                    + "| Accuracy (valid) | " + acc + " |\n| Effective accuracy | " + acc + " |\n"
                    + "| Balanced accuracy | 0.5000 |\n| MCC | 0.0000 |\n\n## Per-Family Accuracy\n\n"
                    + "| Family | Total | Coverage | Accuracy |\n|--------|-------|----------|----------|\n");
            new TreeMap<>(families).forEach((f, c) -> sb.append("| ").append(f).append(" | ").append(c[0])
                    .append(" | 1.000 | ").append(new java.math.BigDecimal((double) c[1] / c[0])
                            .setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString()).append(" |\n"));
            return sb.toString();
        }

        private static String round4(double x) {
            return repr(new java.math.BigDecimal(x).setScale(4, java.math.RoundingMode.HALF_EVEN).doubleValue());
        }

        /** Shortest repr for the plain values met here (JDK 17 is shortest for these magnitudes). */
        private static String repr(double x) {
            return Double.toString(x);
        }
    }

    private static Expected expected(Path root) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode selector = mapper.readTree(root.resolve("data/canonical_v2_files.json").toFile());
        long total = 0;
        long trues = 0;
        Map<String, long[]> families = new java.util.LinkedHashMap<>();
        for (JsonNode f : selector.get("files")) {
            for (String line : Files.readAllLines(root.resolve(f.asText()))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = mapper.readTree(line);
                boolean t = item.get("ground_truth").asText().equals("TRUE");
                long[] c = families.computeIfAbsent(item.get("type").asText(), k -> new long[2]);
                c[0]++;
                total++;
                if (t) {
                    c[1]++;
                    trues++;
                }
            }
        }
        return new Expected(total, trues, families);
    }
}
