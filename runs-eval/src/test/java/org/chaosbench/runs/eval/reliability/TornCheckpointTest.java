package org.chaosbench.runs.eval.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.eval.provider.ApiKeys;
import org.chaosbench.runs.eval.provider.ProviderFactory;
import org.chaosbench.runs.eval.runner.Budget;
import org.chaosbench.runs.eval.runner.EvalOptions;
import org.chaosbench.runs.eval.runner.EvalPlan;
import org.chaosbench.runs.eval.runner.EvalProgress;
import org.chaosbench.runs.eval.runner.EvalRun;
import org.chaosbench.runs.eval.runner.EvalSettings;
import org.chaosbench.runs.eval.runner.Evaluations;
import org.chaosbench.runs.ingest.run.Checkpoint;

/**
 * A crash in the middle of a checkpoint write leaves a last line without its newline. The
 * session that resumes must not glue its first record onto that fragment: the record would be
 * unreadable, so a second crash would lose an item that had counted as done.
 */
class TornCheckpointTest {
    @TempDir
    Path tmp;

    @Test
    void aRecordAppendedAfterATornLineSurvivesTheNextCrash() throws IOException {
        Path root = Roots.withGeneratedItems(tmp.resolve("root"), "torn.jsonl", "tc", 10);
        EvalOptions o = new EvalOptions();
        o.provider = "random";
        o.dataset = "data/torn.jsonl";
        o.workers = 1;
        EvalSettings settings = o.resolve();
        EvalPlan plan = EvalPlan.of(root, settings);
        // Every item costs more than nothing, so each session stops after one item, as a crash would.
        Budget oneItem = Budget.of(0.0, 1e6, 0);

        EvalRun.Result first = EvalRun.run(plan, tmp.resolve("runs"), null, this::provider, oneItem,
                EvalProgress.NONE, Clock.systemUTC());
        Path checkpoint = first.runDir().resolve(Checkpoint.FILE_NAME);
        String line = Files.readString(checkpoint);
        // The crash: half a record, no newline.
        Files.writeString(checkpoint, line.substring(0, line.length() / 2).replace("tc_0000", "tc_0009"),
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        // The budget only serves as a deterministic stop here: each session gets a fresh one.
        Files.delete(first.runDir().resolve(Budget.LEDGER));
        EvalRun.Result second = EvalRun.run(plan, tmp.resolve("runs"), first.runDir(), this::provider,
                Budget.of(0.0, 1e6, 0), EvalProgress.NONE, Clock.systemUTC());

        assertThat(second.status()).isEqualTo(EvalRun.Status.BUDGET_STOPPED);
        assertThat(second.reused()).isEqualTo(1);
        assertThat(Checkpoint.load(checkpoint).records().keySet())
                .as("records readable after the second session").containsExactly("tc_0000", "tc_0001");

        EvalRun.Result last = EvalRun.run(plan, tmp.resolve("runs"), first.runDir(), this::provider, Budget.none(),
                EvalProgress.NONE, Clock.systemUTC());
        assertThat(last.status()).isEqualTo(EvalRun.Status.COMPLETE);
        assertThat(last.reused()).isEqualTo(2);
        assertThat(last.evaluated()).isEqualTo(8);
    }

    private org.chaosbench.runs.eval.provider.Provider provider(EvalSettings s) {
        return ProviderFactory.create(Evaluations.providerConfig(s), ApiKeys.none());
    }
}
