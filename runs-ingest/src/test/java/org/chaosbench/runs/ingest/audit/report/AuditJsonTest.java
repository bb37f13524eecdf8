package org.chaosbench.runs.ingest.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.audit.run.DiscoveredRun;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.audit.run.RunAuditor;
import org.chaosbench.runs.ingest.audit.run.RunDiscovery;
import org.chaosbench.runs.ingest.policy.PolicyContext;

/** audit.json over the real broken-runs corpus: key order, values and layout of the file. */
class AuditJsonTest {

    static final Instant GENERATED = Instant.parse("2026-02-21T10:00:00.123456Z");

    @TempDir
    Path project;

    @TempDir
    Path out;

    private AuditReport report() throws URISyntaxException {
        Path corpus = Path.of(getClass().getClassLoader().getResource("broken-runs").toURI());
        // No freeze manifest and no git under the temp project: every run is EXPLORATORY with reasons.
        PolicyContext context = PolicyContext.load(project, null, Set.of("5881f664c444e3d3"), Set.of());
        List<RunAudit> audits = new ArrayList<>();
        for (DiscoveredRun run : RunDiscovery.discover(corpus, null)) {
            audits.add(RunAuditor.audit(run, context, BiasThresholds.DEFAULTS));
        }
        return AuditReport.build(audits, GENERATED, "", "ab".repeat(32));
    }

    /**
     * The healthy run's object, checked by hand: confusion h1 TP, h2 FP, h3 TN (h4 INVALID);
     * Wilson (2,3) = 0.2077/0.9385, atomic (1,2) = 0.0945/0.9055, multi_hop (1,1) =
     * 0.2065/1.0; every run in the corpus has 4 items and the same SHA and their intervals
     * overlap, so all share rank 1. No freeze manifest and no dataset in the project: both SHA
     * matches false, and the run-method recompute fails (a finding).
     */
    static final String HEALTHY = """
            {
              "run_id": "healthy",
              "provider": "ollama",
              "model": "qwen2.5:7b",
              "total_items": 4,
              "valid_count": 3,
              "invalid_count": 1,
              "accuracy_valid": 0.6667,
              "effective_accuracy": 0.5,
              "balanced_accuracy": 0.75,
              "mcc": 0.5,
              "coverage": 0.75,
              "confusion": {
                "tp": 1,
                "fp": 1,
                "tn": 1,
                "fn": 0,
                "n_valid": 3,
                "tpr": 1.0,
                "tnr": 0.5,
                "fpr": 0.5,
                "fnr": 0.0,
                "balanced_accuracy": 0.75,
                "mcc": 0.5,
                "gt_true": 1,
                "gt_false": 2,
                "pred_true": 2,
                "pred_false": 1,
                "gt_true_rate": 0.3333,
                "pred_true_rate": 0.6667,
                "bias_score": 0.3333,
                "label_biased": true,
                "bias_verdict": "LABEL-BIASED",
                "dominant_label": "TRUE"
              },
              "sha_matches_run_method": false,
              "sha_matches_freeze_method": false,
              "is_canonical_run": true,
              "is_full_run": true,
              "predictions_match_manifest": true,
              "duplicate_ids_count": 0,
              "throughput_qps": 1.0,
              "errors": [
                "SHA recompute (run method) failed: <PROJECT>/data/canonical_v2_files.json: file not found"
              ],
              "warnings": [],
              "per_family": [
                {
                  "family": "atomic",
                  "total": 2,
                  "valid": 2,
                  "correct": 1,
                  "coverage": 1.0,
                  "accuracy_valid": 0.5,
                  "low_support": true,
                  "wilson_lo": 0.0945,
                  "wilson_hi": 0.9055,
                  "tp": 1,
                  "fp": 1,
                  "tn": 0,
                  "fn": 0,
                  "tpr": 1.0,
                  "tnr": 0.0,
                  "balanced_accuracy": 0.5,
                  "mcc": 0.0,
                  "gt_true_rate": 0.5,
                  "pred_true_rate": 1.0,
                  "bias_score": 0.5,
                  "bias_verdict": "LABEL-BIASED"
                },
                {
                  "family": "multi_hop",
                  "total": 2,
                  "valid": 1,
                  "correct": 1,
                  "coverage": 0.5,
                  "accuracy_valid": 1.0,
                  "low_support": true,
                  "wilson_lo": 0.2065,
                  "wilson_hi": 1.0,
                  "tp": 0,
                  "fp": 0,
                  "tn": 1,
                  "fn": 0,
                  "tpr": 0.0,
                  "tnr": 1.0,
                  "balanced_accuracy": 0.5,
                  "mcc": 0.0,
                  "gt_true_rate": 0.0,
                  "pred_true_rate": 0.0,
                  "bias_score": 0.0,
                  "bias_verdict": "LABEL-BIASED"
                }
              ],
              "verdict": "EXPLORATORY",
              "verdict_reasons": [
                "no freeze manifest, so dataset SHA cfcfcc73... (the ChaosBench-Logic v2 canonical dataset) cannot be checked against the frozen data; write the manifest with `bin/chaosbench freeze` (or pass --freeze-manifest) and audit again",
                "commit abc1234 cannot be traced: <PROJECT> is not a git repository; audit from a clone of the project"
              ],
              "wilson_lo": 0.2077,
              "wilson_hi": 0.9385,
              "rank": 1,
              "findings": [
                {
                  "severity": "ERROR",
                  "code": "sha-recompute-failed",
                  "message": "SHA recompute (run method) failed: <PROJECT>/data/canonical_v2_files.json: file not found"
                }
              ]
            }""";

    private static int indexOf(AuditReport report, String runId) {
        for (int i = 0; i < report.runs().size(); i++) {
            if (report.runs().get(i).runId().equals(runId)) {
                return i;
            }
        }
        throw new AssertionError(runId + " not audited");
    }

    @Test
    void healthyRunObjectMatchesTheGoldenText() throws URISyntaxException {
        AuditReport report = report();
        String text = org.chaosbench.runs.ingest.compat.PyJson.pretty(RunJson.of(report, indexOf(report, "healthy")));
        assertThat(text.replace(project.toString(), "<PROJECT>")).isEqualTo(HEALTHY);
    }

    @Test
    void fileHasTheSummaryTopLevelAndEveryRunItsVerdict() throws Exception {
        AuditReport report = report();
        Path file = AuditJson.write(out, report);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"generated_utc\": \"2026-02-21T10:00:00.123456+00:00\",\n").endsWith("]\n}");
        // The object as written in the file is the golden text, indented one level deeper.
        assertThat(text.replace(project.toString(), "<PROJECT>")).contains(HEALTHY.indent(4).stripTrailing());
        JsonNode root = new ObjectMapper().readTree(text);
        assertThat(fieldNames(root)).containsExactly("generated_utc", "freeze_sha", "recomputed_sha", "sha_match",
                "sha_mismatch_explanation", "runs");
        assertThat(root.get("sha_match").asBoolean()).isFalse();
        assertThat(root.get("sha_mismatch_explanation").asText()).isEqualTo(AuditJson.SHA_MISMATCH_TEXT);
        assertThat(root.get("runs")).hasSize(report.runs().size()).hasSizeGreaterThanOrEqualTo(16);
        for (JsonNode run : root.get("runs")) {
            assertThat(fieldNames(run)).containsExactly("run_id", "provider", "model", "total_items", "valid_count",
                    "invalid_count", "accuracy_valid", "effective_accuracy", "balanced_accuracy", "mcc", "coverage",
                    "confusion", "sha_matches_run_method", "sha_matches_freeze_method", "is_canonical_run",
                    "is_full_run", "predictions_match_manifest", "duplicate_ids_count", "throughput_qps", "errors",
                    "warnings", "per_family", "verdict", "verdict_reasons", "wilson_lo", "wilson_hi", "rank",
                    "findings");
            assertThat(run.get("verdict").asText()).isIn("OFFICIAL", "EXPLORATORY");
            assertThat(run.get("verdict_reasons")).isNotEmpty();
        }
        // A run without predictions writes {} for confusion and UNKNOWN bias per family.
        JsonNode noPredictions = root.get("runs").get(indexOf(report, "predictions-missing"));
        assertThat(noPredictions.get("confusion").isObject()).isTrue();
        assertThat(noPredictions.get("confusion")).isEmpty();
        assertThat(noPredictions.get("per_family").get(0).get("bias_verdict").asText()).isEqualTo("UNKNOWN");
        assertThat(noPredictions.get("per_family").get(0).get("tpr").isNull()).isTrue();
        assertThat(noPredictions.get("findings").get(0).get("code").asText()).isEqualTo("predictions-missing");
        assertThat(noPredictions.get("findings").get(0).get("severity").asText()).isEqualTo("ERROR");
        // A run whose manifest cannot be read has no dataset SHA, hence no item set and no rank.
        assertThat(root.get("runs").get(indexOf(report, "manifest-malformed")).get("rank").isNull()).isTrue();
    }

    @Test
    void matchingShaGetsTheOtherExplanation() {
        AuditReport report = AuditReport.build(List.of(), GENERATED, "ab", "ab");
        assertThat(AuditJson.render(report)).isEqualTo("{\n  \"generated_utc\": \"2026-02-21T10:00:00.123456+00:00\",\n"
                + "  \"freeze_sha\": \"ab\",\n  \"recomputed_sha\": \"ab\",\n  \"sha_match\": true,\n"
                + "  \"sha_mismatch_explanation\": \"" + AuditJson.SHA_MATCH_TEXT + "\",\n  \"runs\": []\n}");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
