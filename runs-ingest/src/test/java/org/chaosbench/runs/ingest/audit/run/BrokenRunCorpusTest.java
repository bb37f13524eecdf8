package org.chaosbench.runs.ingest.audit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.audit.FamilyAuditRow;
import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.metrics.Confusion;
import org.chaosbench.runs.ingest.policy.PolicyContext;

/**
 * The corpus under src/test/resources/broken-runs: one folder per kind of damage, plus a
 * healthy run. All are discovered and audited in one pass; each broken folder must yield
 * exactly its finding(s) and no folder may stop the audit of the others.
 */
class BrokenRunCorpusTest {
    /** Folder name (last path element) to the exact finding codes it must yield, in order. */
    static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("checkpoint-leftover", List.of("checkpoint-leftover"));
        EXPECTED.put("correct-mismatch", List.of("metrics-correct-mismatch"));
        EXPECTED.put("count-mismatch", List.of("predictions-count-mismatch"));
        EXPECTED.put("healthy", List.of());
        EXPECTED.put("latency-impossible", List.of("latency-impossible"));
        EXPECTED.put("latency-stall", List.of("latency-stall"));
        EXPECTED.put("manifest-malformed", List.of("manifest-unreadable"));
        EXPECTED.put("manifest-not-object", List.of("manifest-unreadable"));
        EXPECTED.put("manifest-total-null", List.of("manifest-total-null"));
        EXPECTED.put("manifest-wrong-type", List.of("manifest-unreadable"));
        EXPECTED.put("metrics-malformed", List.of("metrics-unreadable"));
        EXPECTED.put("metrics-missing", List.of("metrics-missing"));
        EXPECTED.put("missing-id", List.of("predictions-missing-id"));
        EXPECTED.put("duplicate-ids", List.of("predictions-duplicate-ids"));
        EXPECTED.put("outcome-null", List.of("predictions-null-outcome"));
        EXPECTED.put("predictions-bad-utf8", List.of("predictions-malformed-line"));
        EXPECTED.put("predictions-malformed-line", List.of("predictions-malformed-line"));
        EXPECTED.put("predictions-missing", List.of("predictions-missing"));
        EXPECTED.put("unexpected-outcome", List.of("predictions-unexpected-outcome"));
    }

    @TempDir
    Path project;

    static Path corpus() throws URISyntaxException {
        return Path.of(BrokenRunCorpusTest.class.getClassLoader().getResource("broken-runs").toURI());
    }

    /**
     * The SHA comparisons depend on the project's dataset, which this corpus has none of;
     * they are covered by ShaCheckTest, so their findings are left out here.
     */
    static List<String> codesBesidesSha(RunAudit audit) {
        return audit.findingCodes().stream().filter(c -> !c.startsWith("sha-")).toList();
    }

    private Map<String, RunAudit> auditAll() throws URISyntaxException {
        // A project without freeze manifest or git: the policy rules explain, never crash.
        PolicyContext context = PolicyContext.load(project, null, Set.of("5881f664c444e3d3"), Set.of());
        Map<String, RunAudit> audits = new LinkedHashMap<>();
        for (DiscoveredRun run : RunDiscovery.discover(corpus(), null)) {
            audits.put(run.dir().getFileName().toString(), RunAuditor.audit(run, context, BiasThresholds.DEFAULTS));
        }
        return audits;
    }

    @Test
    void everyFolderIsDiscoveredAndYieldsExactlyItsFindings() throws URISyntaxException {
        Map<String, RunAudit> audits = auditAll();
        assertThat(audits.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        assertThat(audits).hasSizeGreaterThanOrEqualTo(18);
        EXPECTED.forEach((kind, codes) -> assertThat(codesBesidesSha(audits.get(kind))).as(kind).isEqualTo(codes));
        for (RunAudit audit : audits.values()) {
            assertThat(audit.verdict().reasons()).as(audit.runDir().toString()).isNotEmpty();
            audit.findings().stream().filter(f -> !f.code().startsWith("sha-"))
                    .forEach(f -> assertThat(f.message()).as(f.code()).contains(audit.runDir().toString()));
        }
    }

    @Test
    void theHealthyRunHasHandComputedFigures() throws URISyntaxException {
        RunAudit a = auditAll().get("healthy");
        assertThat(codesBesidesSha(a)).isEmpty();
        assertThat(a.provider()).isEqualTo("ollama");
        assertThat(a.model()).isEqualTo("qwen2.5:7b");
        assertThat(a.isCanonicalRun()).isTrue();
        // No freeze manifest to compare with: max_items null is trusted, as the original does.
        assertThat(a.isFullRun()).isTrue();
        assertThat(a.totalItems()).isEqualTo(4L);
        assertThat(a.validCount()).isEqualTo(3L);
        assertThat(a.invalidCount()).isEqualTo(1L);
        assertThat(a.accuracyValid()).isEqualTo(0.6667);
        assertThat(a.effectiveAccuracy()).isEqualTo(0.5);
        assertThat(a.balancedAccuracy()).isEqualTo(0.75);
        assertThat(a.mcc()).isEqualTo(0.5);
        assertThat(a.coverage()).isEqualTo(0.75);
        // h1 TRUE/TRUE, h2 FALSE/TRUE, h3 FALSE/FALSE; h4 is INVALID and stays out.
        assertThat(a.confusion()).isEqualTo(new Confusion(1, 1, 1, 0));
        // pred_true 2/3 vs gt_true 1/3: a gap of 1/3 > 0.15.
        assertThat(a.bias().labelBiased()).isTrue();
        assertThat(a.bias().biasScore()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a.duplicateIdsCount()).isZero();
        assertThat(a.predictionsMatchManifest()).isTrue();
        assertThat(a.invalidIds()).containsExactly("h4");
        assertThat(a.invalidCategories()).isEqualTo(Map.of("hedging_or_multi_answer", 1L));
        // 4 latencies summing to 4.0 s.
        assertThat(a.throughputQps()).isEqualTo(1.0);
        assertThat(a.wilson()).isEqualTo(WilsonInterval.of(2, 3));
        assertThat(a.families().keySet()).containsExactly("atomic", "multi_hop");
        FamilyAuditRow atomic = a.families().get("atomic");
        assertThat(List.of(atomic.total(), atomic.valid(), atomic.correct())).containsExactly(2L, 2L, 1L);
        assertThat(atomic.accuracyValid()).isEqualTo(0.5);
        assertThat(atomic.lowSupport()).isTrue();
        FamilyAuditRow multiHop = a.families().get("multi_hop");
        assertThat(List.of(multiHop.total(), multiHop.valid(), multiHop.correct())).containsExactly(2L, 1L, 1L);
        assertThat(multiHop.coverage()).isEqualTo(0.5);
        assertThat(multiHop.labels().confusion()).isEqualTo(new Confusion(0, 0, 1, 0));
    }

    @Test
    void brokenRunsStillGetTheirOtherFigures() throws URISyntaxException {
        Map<String, RunAudit> audits = auditAll();
        // The malformed line is skipped; the three good lines are still counted.
        RunAudit malformed = audits.get("predictions-malformed-line");
        assertThat(malformed.confusion()).isEqualTo(new Confusion(1, 1, 0, 0));
        assertThat(malformed.findings().get(0).message()).contains("predictions.jsonl:3");
        // outcome null: counted as an invalid answer instead of crashing.
        RunAudit outcomeNull = audits.get("outcome-null");
        assertThat(outcomeNull.invalidIds()).containsExactly("h4");
        assertThat(outcomeNull.findings().get(0).message()).contains("predictions.jsonl:4");
        // No readable manifest: exploratory, with the reason.
        RunAudit noManifest = audits.get("manifest-malformed");
        assertThat(noManifest.manifest()).isNull();
        assertThat(noManifest.verdict().official()).isFalse();
        assertThat(noManifest.verdict().reasons()).singleElement().asString().contains("could not be read");
        assertThat(noManifest.confusion()).isEqualTo(new Confusion(1, 1, 1, 0));
        // metrics.json missing: figures fall back to the manifest's metrics_summary.
        RunAudit noMetrics = audits.get("metrics-missing");
        assertThat(noMetrics.accuracyValid()).isEqualTo(0.6667);
        assertThat(noMetrics.validCount()).isEqualTo(3L);
        assertThat(noMetrics.invalidCount()).isEqualTo(1L);
        assertThat(noMetrics.findings().get(0).severity()).isEqualTo(Finding.Severity.WARNING);
        assertThat(audits.get("duplicate-ids").duplicateIdsCount()).isEqualTo(1);
        assertThat(audits.get("count-mismatch").predictionsMatchManifest()).isFalse();
        assertThat(audits.get("manifest-total-null").predictionsMatchManifest()).isNull();
        assertThat(audits.get("predictions-missing").findings().get(0).severity()).isEqualTo(Finding.Severity.ERROR);
        assertThat(audits.get("predictions-missing").confusion()).isNull();
    }
}
