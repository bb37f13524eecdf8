package org.chaosbench.runs.ingest.audit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.ReferenceData;
import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.dataset.Freezer;
import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.policy.PolicyContext;

/**
 * Discovery and audit over the original tool's published and real runs (skipped when
 * ../shared/reference is absent). The reference folder is read-only, so the dataset is
 * frozen on a temporary copy.
 */
class ReferenceRunAuditTest {
    @TempDir
    Path root;

    @Test
    void everyReferenceRunIsAuditedWithAReasonedVerdictAndSubsetRunsAreNotFull() {
        Path published = ReferenceData.reference("published_results/runs");
        Path realRuns = ReferenceData.reference("real_runs");
        ReferenceData.copyTree(ReferenceData.reference("dataset"), root);
        Freezer.freeze(root, Selector.DEFAULT_PATH, Freezer.DEFAULT_OUTPUT_DIR,
                Clock.fixed(Instant.parse("2026-02-20T14:00:00Z"), ZoneOffset.UTC));
        PolicyContext context = PolicyContext.load(root, null, Set.of("5881f664c444e3d3"), Set.of(1000L, 5000L));

        List<DiscoveredRun> runs = RunDiscovery.discover(realRuns, published);
        List<RunAudit> audits = new ArrayList<>();
        for (DiscoveredRun run : runs) {
            audits.add(RunAuditor.audit(run, context, BiasThresholds.DEFAULTS));
        }

        // 2 real runs with a manifest (the two checkpoint-only folders are not runs) + 10 of the
        // 11 published: 20260220T145806Z_ollama_mistral:7b is also under real_runs, so it is
        // audited once, from there (FORMATS 8.3).
        assertThat(audits).extracting(a -> a.runDir().getFileName().toString()).hasSize(12)
                .containsOnlyOnce("20260220T145806Z_ollama_mistral:7b");
        assertThat(audits).extracting(RunAudit::source).filteredOn(s -> s == DiscoveredRun.Source.PUBLISHED)
                .hasSize(10);
        for (RunAudit a : audits) {
            assertThat(a.verdict().reasons()).as(a.runId()).isNotEmpty().allSatisfy(r -> assertThat(r).isNotBlank());
            assertThat(a.manifest()).as(a.runId()).isNotNull();
            // The frozen reference dataset is reduced, so none of these runs can be official.
            assertThat(a.verdict().official()).as(a.runId()).isFalse();
            long expected = a.manifest().totalItemsEvaluated();
            boolean subset = expected < context.freezeManifest().totalQuestions();
            assertThat(a.isFullRun()).as(a.runId()).isEqualTo(!subset);
            // The runs used the full dataset, not the reduced copy frozen here: the SHA mismatch is
            // their only error, and it names what the stored SHA is.
            assertThat(a.findings()).filteredOn(f -> f.severity() == Finding.Severity.ERROR).extracting(Finding::code)
                    .as(a.runId()).containsExactly("sha-mismatch");
            boolean legacy = a.manifest().datasetGlobalSha256().startsWith("00ec17");
            String named = legacy ? "the legacy formula's SHA of the ChaosBench-Logic v2 canonical dataset"
                    : "(stored: the ChaosBench-Logic v2 canonical dataset)";
            assertThat(a.findings()).filteredOn(f -> f.code().equals("sha-mismatch")).singleElement()
                    .extracting(Finding::message).asString().contains(named);
            assertThat(a.verdict().reasons()).as(a.runId()).anySatisfy(r -> assertThat(r).contains(legacy
                    ? "the legacy formula's SHA of the ChaosBench-Logic v2 canonical dataset"
                    : "(the ChaosBench-Logic v2 canonical dataset)"));
            if (a.source() == DiscoveredRun.Source.PUBLISHED) {
                assertThat(a.findingCodes()).as(a.runId()).contains("predictions-missing");
                assertThat(a.wilson()).as(a.runId()).isNotNull();
            } else {
                // Real runs carry predictions whose count matches the manifest.
                assertThat(a.predictionsMatchManifest()).as(a.runId()).isTrue();
                assertThat(a.confusion()).as(a.runId()).isNotNull();
            }
        }
        // Not full: the 1k and 5k subset runs (3 + 3 published, the real 5k) and the 100-item
        // smoke run; the original would have called all but the smoke run full.
        assertThat(audits).filteredOn(a -> !a.isFullRun()).extracting(RunAudit::totalItems)
                .containsExactlyInAnyOrder(100L, 5000L, 1000L, 1000L, 1000L, 5000L, 5000L, 5000L);
        assertThat(audits).filteredOn(a -> !a.isFullRun() && a.maxItemsUnset()).hasSize(7);
        assertThat(audits).filteredOn(RunAudit::isFullRun).extracting(RunAudit::totalItems)
                .containsExactly(40886L, 40886L, 40886L, 40886L);
        RunAudit mistral5k = audits.stream().filter(a -> a.runDir().toString().contains("mistral7b_5k_armored"))
                .findFirst().orElseThrow();
        assertThat(mistral5k.maxItemsUnset()).isTrue();
        assertThat(mistral5k.isFullRun()).isFalse();
        // 60 invalid answers; the report lists 10 and says there are more, so 11 are kept.
        assertThat(mistral5k.invalidCount()).isEqualTo(60L);
        assertThat(mistral5k.invalidIds()).hasSize(11);
        assertThat(mistral5k.invalidCategories().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(60L);
    }
}
