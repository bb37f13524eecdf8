package org.chaosbench.runs.report.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.chaosbench.runs.report.index.IndexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, item 3: the audit's verdict gates the publish. An OFFICIAL run (frozen SHA, accepted
 * prompt, full run, tagged commit on master of a real git repository) publishes; an EXPLORATORY
 * one is refused with the reasons unless allowed, and then the receipt and the index say so.
 */
class PolicyGateTest {
    static final String FROZEN_SHA = "ab".repeat(32);

    @TempDir
    Path root;

    private String commit;

    @BeforeEach
    void project() {
        commit = Projects.taggedRepository(root);
        Projects.writeFreeze(root, FROZEN_SHA, 10);
    }

    static void run(Path root, String id, String sha, String commit, String maxItems) {
        Projects.write(root.resolve("runs").resolve(id).resolve("run_manifest.json"), "{\n  \"run_id\": \"" + id
                + "\",\n  \"created_utc\": \"2026-03-01T10:00:00.5+00:00\",\n  \"provider\": \"ollama/qwen2.5:14b\",\n"
                + "  \"prompt_version\": \"v1\",\n  \"prompt_hash\": \"" + Projects.PROMPT_HASH + "\",\n"
                + "  \"dataset_global_sha256\": \"" + sha + "\",\n  \"canonical_selector\": \"data/canonical_v2_files.json\",\n"
                + "  \"total_items_evaluated\": 10,\n  \"max_items\": " + maxItems + ",\n  \"seed\": 42,\n  \"git_commit\": \""
                + commit + "\",\n  \"metrics_summary\": {\n    \"accuracy_valid\": 0.7,\n    \"balanced_accuracy\": 0.7,\n"
                + "    \"mcc\": 0.4\n  }\n}");
        Projects.write(root.resolve("runs").resolve(id).resolve("metrics.json"), "{\n  \"total\": 10,\n  \"valid\": 10,\n"
                + "  \"invalid\": 0,\n  \"correct\": 7,\n  \"coverage\": 1.0,\n  \"accuracy_valid\": 0.7,\n"
                + "  \"balanced_accuracy\": 0.7,\n  \"mcc\": 0.4\n}");
        Projects.write(root.resolve("runs").resolve(id).resolve("summary.md"), "# Evaluation Summary: " + id + "\n");
    }

    private PublishResult publish(String id, boolean allowExploratory) {
        return RunPublisher.publish(new PublishRequest(root, Path.of("runs", id), null, false, false, allowExploratory,
                null, List.of(Projects.PROMPT_HASH), List.of(), IndexFormat.FULL), RepublishReferenceRunsTest.CLOCK);
    }

    private JsonNode receipt(String id) throws Exception {
        return new ObjectMapper().readTree(root.resolve("published_results/runs").resolve(id)
                .resolve("publish_receipt.json").toFile());
    }

    @Test
    void anOfficialRunPublishesAndTheIndexSaysSo() throws Exception {
        run(root, "20260301T100000Z_ollama_qwen2.5:14b", FROZEN_SHA, commit, "null");
        PublishResult r = publish("20260301T100000Z_ollama_qwen2.5:14b", false);
        assertThat(r.receipt().verdict().official()).isTrue();
        JsonNode receipt = receipt("20260301T100000Z_ollama_qwen2.5:14b");
        assertThat(receipt.get("verdict").asText()).isEqualTo("OFFICIAL");
        assertThat(receipt.get("verdict_reasons").toString()).isEqualTo("[\"all five criteria met\"]");
        assertThat(Files.readAllLines(root.resolve("published_results/runs/README.md"))).contains(
                "| Run ID | Provider | N | Acc_valid | 95% CI | Bal_acc | MCC | Verdict | Date |",
                "| `20260301T100000Z_ollama_qwen2.5:14b` | ollama/qwen2.5:14b | 10 | 0.7000 | 0.3968–0.8922 | 0.7000 "
                        + "| 0.4000 | OFFICIAL | 2026-03-01 |");
    }

    @Test
    void anExploratoryRunIsRefusedWithItsReasons() {
        run(root, "20260301T110000Z_mock", FROZEN_SHA, commit, "7");
        assertThatThrownBy(() -> publish("20260301T110000Z_mock", false))
                .isInstanceOf(PublishRefusedException.class)
                .hasMessageContaining("EXPLORATORY").hasMessageContaining("--allow-exploratory")
                .satisfies(e -> assertThat(((PublishRefusedException) e).reasons()).singleElement().asString()
                        .startsWith("max_items 7 is neither a subset size listed in configuration"));
        assertThat(root.resolve("published_results")).doesNotExist();
    }

    @Test
    void allowedExploratoryRunsAreLabelledInReceiptAndIndex() throws Exception {
        run(root, "20260301T120000Z_mock", "cd".repeat(32), commit, "null");
        PublishResult r = publish("20260301T120000Z_mock", true);
        assertThat(r.receipt().verdict().official()).isFalse();
        JsonNode receipt = receipt("20260301T120000Z_mock");
        assertThat(receipt.get("verdict").asText()).isEqualTo("EXPLORATORY");
        assertThat(receipt.get("verdict_reasons")).hasSize(1);
        assertThat(receipt.get("verdict_reasons").get(0).asText()).startsWith("dataset SHA cdcdcdcd... ");
        assertThat(Files.readString(root.resolve("published_results/runs/README.md")))
                .contains("| `20260301T120000Z_mock` | ollama/qwen2.5:14b | 10 | 0.7000 | 0.3968–0.8922 | 0.7000 "
                        + "| 0.4000 | EXPLORATORY | 2026-03-01 |");
    }
}
