package org.chaosbench.runs.eval.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.eval.provider.ApiKeys;
import org.chaosbench.runs.eval.runner.EvalOptions;
import org.chaosbench.runs.eval.runner.EvalProgress;
import org.chaosbench.runs.eval.runner.EvalRun;
import org.chaosbench.runs.eval.runner.Evaluations;
import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.run.Checkpoint;

/**
 * Issue 3, "--max-usd really works": a priced provider ({@code openai} at a loopback base URL,
 * a price list in the root) whose server reports token usage. Each item costs exactly one
 * cent: 100 prompt tokens at 100 USD per million, completion tokens free.
 */
class BudgetStopTest {
    private static final int ITEMS = 40;
    private static final ApiKeys KEYS = ApiKeys.of(Map.of("OPENAI_API_KEY", "sk-test-budget"));

    @TempDir
    Path tmp;

    private Path root;
    private ChatApi api;

    @BeforeEach
    void start() {
        root = Roots.withGeneratedItems(tmp.resolve("root"), "budget.jsonl", "bu", ITEMS);
        AtomicFiles.writeString(root.resolve("data/pricing/openai.json"), "{\"updated\": \"2026-11\", \"models\": "
                + "{\"m\": {\"input_per_1m_tokens\": 100.0, \"output_per_1m_tokens\": 0.0}}}");
        api = new ChatApi(call -> ChatApi.answer(FaultInjectionTest.answerFor(call.itemId()), 100, 1));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private EvalOptions options(Double maxUsd, int workers) {
        EvalOptions o = new EvalOptions();
        o.provider = "openai";
        o.model = "m";
        o.baseUrl = api.baseUrl();
        o.dataset = "data/budget.jsonl";
        o.workers = workers;
        o.maxUsd = maxUsd;
        return o;
    }

    private EvalRun.Result eval(String outputDir, EvalOptions o, String resume) {
        return Evaluations.evaluate(root, tmp.resolve(outputDir), o, resume, KEYS, EvalProgress.NONE,
                Clock.systemUTC());
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> requestedIds() {
        return api.calls().stream().map(ChatApi.Call::itemId).toList();
    }

    @Test
    void aBudgetStopLeavesAnIncompleteRunThatResumesToTheUnbudgetedResult() throws IOException {
        // 0.035 USD: the fourth item takes the spend to 0.04, over the limit.
        EvalRun.Result stopped = eval("runs", options(0.035, 1), null);

        assertThat(stopped.status()).isEqualTo(EvalRun.Status.BUDGET_STOPPED);
        assertThat(stopped.evaluated()).isEqualTo(4);
        assertThat(stopped.costUsd()).isCloseTo(0.04, within(1e-9));
        assertThat(stopped.metrics()).isNull();
        assertThat(fileNames(stopped.runDir())).as("no final file of a finished-looking run")
                .containsExactly(".eval_budget.json", ".eval_checkpoint.jsonl", ".eval_settings.json");
        Checkpoint.Loaded cp = Checkpoint.load(stopped.runDir().resolve(".eval_checkpoint.jsonl"));
        assertThat(cp.records().keySet()).containsExactly("bu_0000", "bu_0001", "bu_0002", "bu_0003");
        assertThat(requestedIds()).containsExactly("bu_0000", "bu_0001", "bu_0002", "bu_0003");

        // The limit holds for the run: resuming under the same limit spends nothing more.
        EvalRun.Result again = eval("runs", new EvalOptions(), stopped.runId());
        assertThat(again.status()).isEqualTo(EvalRun.Status.BUDGET_STOPPED);
        assertThat(again.evaluated()).isZero();
        assertThat(requestedIds()).hasSize(4);

        EvalOptions more = new EvalOptions();
        more.maxUsd = 1.0; // the rest costs 0.36
        EvalRun.Result resumed = eval("runs", more, stopped.runId());

        assertThat(resumed.status()).isEqualTo(EvalRun.Status.COMPLETE);
        assertThat(resumed.runId()).isEqualTo(stopped.runId());
        assertThat(resumed.reused()).isEqualTo(4);
        assertThat(resumed.evaluated()).isEqualTo(ITEMS - 4);
        assertThat(resumed.costUsd()).as("the whole run's spending").isCloseTo(0.40, within(1e-9));
        assertThat(requestedIds()).as("no item paid for twice").hasSize(ITEMS).doesNotHaveDuplicates();
        assertThat(resumed.runDir().resolve(".eval_checkpoint.jsonl")).doesNotExist();

        EvalRun.Result unbudgeted = eval("unbudgeted", options(null, 1), null);
        assertThat(unbudgeted.status()).isEqualTo(EvalRun.Status.COMPLETE);
        assertThat(Roots.predictionsWithoutLatency(resumed.runDir()))
                .containsExactlyElementsOf(Roots.predictionsWithoutLatency(unbudgeted.runDir()));
        assertThat(Files.readString(resumed.runDir().resolve("metrics.json")))
                .isEqualTo(Files.readString(unbudgeted.runDir().resolve("metrics.json")));
        JsonNode manifest = new ObjectMapper().readTree(resumed.runDir().resolve("run_manifest.json").toFile());
        assertThat(manifest.path("resumed_from").asText()).isEqualTo(stopped.runId());
        assertThat(manifest.path("total_items_evaluated").asInt()).isEqualTo(ITEMS);
    }

    @Test
    void withEightWorkersTheItemsInFlightAtTheStopAreKeptAndNoneIsLost() throws IOException {
        EvalRun.Result stopped = eval("runs", options(0.035, 8), null);

        assertThat(stopped.status()).isEqualTo(EvalRun.Status.BUDGET_STOPPED);
        // The fourth answer crosses the limit; the (at most seven) other workers finish the item they hold.
        assertThat(stopped.evaluated()).isBetween(4, 4 + 7);
        Checkpoint.Loaded cp = Checkpoint.load(stopped.runDir().resolve(".eval_checkpoint.jsonl"));
        assertThat(cp.records()).hasSize(stopped.evaluated());
        assertThat(cp.records().keySet()).as("every answer paid for is in the checkpoint")
                .containsExactlyInAnyOrderElementsOf(requestedIds());
        assertThat(fileNames(stopped.runDir())).containsExactly(".eval_budget.json", ".eval_checkpoint.jsonl",
                ".eval_settings.json");

        EvalOptions more = new EvalOptions();
        more.maxUsd = 1.0;
        EvalRun.Result resumed = eval("runs", more, stopped.runId());

        assertThat(resumed.status()).isEqualTo(EvalRun.Status.COMPLETE);
        assertThat(resumed.reused() + resumed.evaluated()).isEqualTo(ITEMS);
        assertThat(requestedIds()).hasSize(ITEMS).doesNotHaveDuplicates();
        EvalRun.Result unbudgeted = eval("unbudgeted", options(null, 8), null);
        assertThat(Roots.predictionsWithoutLatency(resumed.runDir()))
                .containsExactlyElementsOf(Roots.predictionsWithoutLatency(unbudgeted.runDir()));
        assertThat(Files.readString(resumed.runDir().resolve("metrics.json")))
                .isEqualTo(Files.readString(unbudgeted.runDir().resolve("metrics.json")));
    }
}
