package org.chaosbench.runs.eval.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.eval.provider.ApiKeys;
import org.chaosbench.runs.ingest.run.PredictionRecord;
import org.chaosbench.runs.ingest.run.PredictionsFile;
import org.chaosbench.runs.ingest.run.RunManifest;

/** Runs over the embedded dataset and the reference subset, with the offline providers. */
class EvalRunTest {
    private static final Path PROJECT = Path.of(System.getProperty("chaosbench.projectRoot", "..")).toAbsolutePath()
            .normalize();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private EvalRun.Result eval(Path root, EvalOptions o, String resume) {
        return Evaluations.evaluate(root, tmp.resolve("runs"), o, resume, ApiKeys.none(), EvalProgress.NONE, CLOCK);
    }

    private static EvalOptions options(String provider) {
        EvalOptions o = new EvalOptions();
        o.provider = provider;
        return o;
    }

    private static List<String> ids(Path runDir) {
        return PredictionsFile.read(runDir.resolve("predictions.jsonl")).stream().map(PredictionRecord::id).toList();
    }

    @Test
    void aSampledSubsetRunHoldsExactlyTheOriginalsIdsInOrder() throws IOException {
        assumeTrue(Files.isDirectory(PROJECT.resolve("../shared/reference/dataset")), "../shared/reference is absent");
        Path root = MockRunOverReferenceDatasetTest.copyWithPrompt(tmp);
        EvalOptions o = options("mock");
        o.subset = "data/subsets/api_balanced_100.jsonl";
        o.maxItems = 10L;
        o.seed = 42L;
        EvalOptions shuffled = options("always-false");
        shuffled.subset = o.subset;
        shuffled.maxItems = 10L;
        shuffled.shuffleSeed = 7L;

        EvalRun.Result r = eval(root, o, null);
        EvalRun.Result s = eval(root, shuffled, null);

        assertThat(ids(r.runDir())).containsExactly("atomic_1302", "perturb_entity_swap_2319", "ind_direct_0068",
                "q0019_para_2", "perturb_paraphrase_0626", "perturb_distractor_2994", "dysts_mhop_0345",
                "ext_sys_0022", "perturb_negation_1494", "q0094_para_0");
        assertThat(ids(s.runDir())).containsExactly("ind_direct_0068", "perturb_paraphrase_0626", "q0019_para_2",
                "ext_sys_0022", "dysts_mhop_0345", "perturb_negation_1494", "perturb_distractor_2994", "q0094_para_0",
                "perturb_entity_swap_2319", "atomic_1302");
        RunManifest m = RunManifest.read(s.runDir().resolve("run_manifest.json"));
        assertThat(m.orderMode()).isEqualTo("shuffled");
        assertThat(m.maxItems()).isEqualTo(10L);
        assertThat(m.extra().get("evaluated_dataset").get("source").asText()).isEqualTo(o.subset);
    }

    @Test
    void anInterruptedRunResumesFromItsCheckpointToTheSameFiles() throws IOException {
        EvalOptions o = options("random");
        o.workers = 4;
        EvalRun.Result full = eval(PROJECT, o, null);
        List<PredictionRecord> expected = PredictionsFile.read(full.runDir().resolve("predictions.jsonl"));

        // Fake a crash: a second run folder whose checkpoint holds a third of the records, the
        // last one torn, and no final files.
        Path crashed = tmp.resolve("runs/crashed");
        Files.createDirectories(crashed);
        Files.copy(full.runDir().resolve(EvalSettings.FILE_NAME), crashed.resolve(EvalSettings.FILE_NAME));
        StringBuilder cp = new StringBuilder();
        List<String> lines = Files.readAllLines(full.runDir().resolve("predictions.jsonl"));
        for (int i = 0; i < lines.size() / 3; i++) {
            cp.append(lines.get(i)).append('\n');
        }
        cp.append(lines.get(lines.size() / 3), 0, 40);
        Files.writeString(crashed.resolve(".eval_checkpoint.jsonl"), cp);

        EvalRun.Result resumed = eval(PROJECT, new EvalOptions(), "crashed");

        assertThat(resumed.reused()).isEqualTo(lines.size() / 3);
        assertThat(resumed.evaluated()).isEqualTo(lines.size() - lines.size() / 3);
        List<PredictionRecord> got = PredictionsFile.read(resumed.runDir().resolve("predictions.jsonl"));
        assertThat(got).hasSameSizeAs(expected);
        for (int i = 0; i < got.size(); i++) {
            assertThat(withoutLatency(got.get(i))).isEqualTo(withoutLatency(expected.get(i)));
        }
        assertThat(Files.readString(resumed.runDir().resolve("metrics.json")))
                .isEqualTo(Files.readString(full.runDir().resolve("metrics.json")));
        assertThat(RunManifest.read(resumed.runDir().resolve("run_manifest.json")).resumedFrom()).isEqualTo("crashed");
        assertThat(resumed.runDir().resolve(".eval_checkpoint.jsonl")).doesNotExist();
    }

    @Test
    void aResumeWithAContradictingOptionIsRefused() {
        EvalOptions o = options("always-true");
        o.maxItems = 20L;
        EvalRun.Result r = eval(PROJECT, o, null);
        EvalOptions other = new EvalOptions();
        other.seed = 7L;

        assertThatThrownBy(() -> eval(PROJECT, other, r.runId())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--seed 7 (the run has 42)");
        assertThatThrownBy(() -> eval(PROJECT, new EvalOptions(), "no-such-run"))
                .hasMessageContaining("no run with id no-such-run");
    }

    @Test
    void aBudgetStopLeavesAnIncompleteResumableRun() throws IOException {
        Path root = tmp.resolve("priced");
        org.chaosbench.runs.ingest.io.AtomicFiles.writeString(root.resolve("data/pricing/openai.json"),
                "{\"models\": {\"m\": {\"input_per_1m_tokens\": 1000000.0, \"output_per_1m_tokens\": 0.0}}}");
        EvalOptions o = options("openai");
        o.model = "m";
        o.maxUsd = 1.0;

        assertThat(Pricing.budgetFor(root, o.resolve()).spentUsd()).isZero();
        EvalOptions unknown = options("openai");
        unknown.model = "unpriced";
        unknown.maxUsd = 1.0;
        assertThatThrownBy(() -> Pricing.budgetFor(root, unknown.resolve()))
                .hasMessageContaining("no price for model \"unpriced\"");
    }

    private static PredictionRecord withoutLatency(PredictionRecord r) {
        return new PredictionRecord(r.id(), r.question(), r.groundTruth(), r.predText(), r.parsedLabel(), r.outcome(),
                r.correct(), 0.0, r.taskFamily(), r.split(), r.retryPredText(), r.retryOutcome(), r.meta());
    }
}
