package org.chaosbench.runs.eval.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.eval.provider.ApiKeys;
import org.chaosbench.runs.ingest.io.JsonFiles;

/**
 * The incremental check over real run folders: offline providers over the embedded dataset
 * (data/ of the project), or over a copy of it where a test changes a file.
 */
class CompletedRunsTest {
    private static final Path PROJECT = Path.of(System.getProperty("chaosbench.projectRoot", "..")).toAbsolutePath()
            .normalize();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-11-29T13:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private Path runs() {
        return tmp.resolve("runs");
    }

    private EvalRun.Result eval(Path root, EvalOptions o, Clock clock) {
        return Evaluations.evaluate(root, runs(), o, null, ApiKeys.none(), EvalProgress.NONE, clock);
    }

    private Optional<Path> completed(Path root, EvalOptions o) {
        return Evaluations.findCompletedRun(root, runs(), o, ApiKeys.none());
    }

    private static EvalOptions options(String provider) {
        EvalOptions o = new EvalOptions();
        o.provider = provider;
        return o;
    }

    /** The dataset files and the prompt of the project, copied so that a test may change them. */
    private Path copyOfProject() throws IOException {
        Path root = tmp.resolve("root");
        Files.createDirectories(root.resolve("data/prompts"));
        try (var files = Files.newDirectoryStream(PROJECT.resolve("data"), "*.json*")) {
            for (Path f : files) {
                Files.copy(f, root.resolve("data").resolve(f.getFileName()));
            }
        }
        Files.copy(PROJECT.resolve("data/prompts/default.json"), root.resolve("data/prompts/default.json"));
        return root;
    }

    @Test
    void aFinishedRunIsFoundByItsInputs() {
        EvalRun.Result r = eval(PROJECT, options("always-true"), CLOCK);

        assertThat(completed(PROJECT, options("always-true"))).contains(r.runDir());
        RunInputs inputs = RunInputs.of(PROJECT, options("always-true"), ApiKeys.none());
        assertThat(inputs.providerName()).isEqualTo("baseline/always-true");
        assertThat(CompletedRuns.inputsSha(r.runDir())).contains(inputs.sha256());
        assertThat(inputs.sha256()).matches("[0-9a-f]{64}");
        assertThat(RunInputs.runId(CLOCK.instant(), inputs.providerName())).isEqualTo(r.runId());
    }

    @Test
    void nothingIsFoundWithoutRunsOrForOtherInputs() {
        assertThat(completed(PROJECT, options("always-true"))).isEmpty(); // no output folder yet
        EvalOptions random = options("random");
        random.trueRate = 0.5;
        eval(PROJECT, random, CLOCK);

        assertThat(completed(PROJECT, options("random"))).isPresent(); // 0.5 is the default rate
        EvalOptions otherRate = options("random");
        otherRate.trueRate = 0.3;
        EvalOptions otherSeed = options("random");
        otherSeed.seed = 7L;
        EvalOptions sampled = options("random");
        sampled.maxItems = 10L;
        EvalOptions shuffled = options("random");
        shuffled.shuffleSeed = 3L;
        EvalOptions lenient = options("random");
        lenient.lenient = true;
        EvalOptions subset = options("random");
        subset.dataset = "data/v22_atomic.jsonl";
        for (EvalOptions o : new EvalOptions[] {options("always-true"), options("always-false"), otherRate, otherSeed,
                sampled, shuffled, lenient, subset}) {
            assertThat(completed(PROJECT, o)).isEmpty();
        }
    }

    @Test
    void howARunIsExecutedDoesNotChangeItsInputs() {
        EvalRun.Result r = eval(PROJECT, options("always-false"), CLOCK);
        EvalOptions o = options("always-false");
        o.workers = 3;
        o.maxUsd = 5.0;
        o.requestTimeoutS = 5.0;
        o.maxAttempts = 1;

        assertThat(completed(PROJECT, o)).contains(r.runDir());
    }

    @Test
    void aChangedDatasetFileOrPromptIsNotTheSameInput() throws IOException {
        Path root = copyOfProject();
        eval(root, options("always-true"), CLOCK);
        assertThat(completed(root, options("always-true"))).isPresent();

        Path prompt = root.resolve("data/prompts/default.json");
        String original = Files.readString(prompt);
        Files.writeString(prompt, original.replace("nothing else.", "nothing else at all."));
        assertThat(completed(root, options("always-true"))).isEmpty();

        Files.writeString(prompt, original);
        assertThat(completed(root, options("always-true"))).isPresent();
        Path file = root.resolve("data/v22_atomic.jsonl");
        String items = Files.readString(file);
        Files.writeString(file, items.substring(0, items.indexOf('\n') + 1)); // one item left
        assertThat(completed(root, options("always-true"))).isEmpty();
    }

    @Test
    void anIncompleteRunNeverMatches() throws IOException {
        EvalRun.Result r = eval(PROJECT, options("always-true"), CLOCK);
        Path checkpoint = r.runDir().resolve(".eval_checkpoint.jsonl");
        Files.writeString(checkpoint, "");
        assertThat(CompletedRuns.isComplete(r.runDir())).isFalse();
        assertThat(completed(PROJECT, options("always-true"))).isEmpty();

        Files.delete(checkpoint);
        assertThat(completed(PROJECT, options("always-true"))).isPresent();
        Files.delete(r.runDir().resolve("predictions.jsonl"));
        assertThat(completed(PROJECT, options("always-true"))).isEmpty();
    }

    @Test
    void theNewestMatchingRunWinsAndBrokenManifestsArePassedOver() throws IOException {
        EvalRun.Result first = eval(PROJECT, options("always-true"), CLOCK);
        EvalRun.Result second = eval(PROJECT, options("always-true"), LATER);
        assertThat(completed(PROJECT, options("always-true"))).contains(second.runDir());

        Files.writeString(second.runDir().resolve("run_manifest.json"), "{\"run_id\": ");
        assertThat(completed(PROJECT, options("always-true"))).contains(first.runDir());

        // A run of the original tool has no inputs key: never a match.
        var manifest = JsonFiles.readObject(first.runDir().resolve("run_manifest.json"));
        manifest.remove(CompletedRuns.INPUTS_KEY);
        Files.writeString(first.runDir().resolve("run_manifest.json"), manifest.toString());
        assertThat(completed(PROJECT, options("always-true"))).isEmpty();
        Files.createDirectories(runs().resolve("empty-folder"));
        Files.writeString(runs().resolve("a-file"), "");
        assertThat(completed(PROJECT, options("always-true"))).isEmpty();
    }

    @Test
    void optionsARunWouldRefuseAreRefusedHereToo() {
        assertThatThrownBy(() -> completed(PROJECT, options("nope"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown provider 'nope'; valid providers: mock, ollama");
        assertThatThrownBy(() -> completed(PROJECT, options("ollama"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a model");
        assertThatThrownBy(() -> completed(PROJECT, new EvalOptions())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--provider is required");
    }

    @Test
    void anApiProviderIsNamedWithoutACallOrAKey() {
        EvalOptions o = options("openai");
        o.model = "gpt-4o-mini";
        RunInputs inputs = RunInputs.of(PROJECT, o, ApiKeys.none());
        assertThat(inputs.providerName()).isEqualTo("openai/gpt-4o-mini");
        assertThat(completed(PROJECT, o)).isEmpty();
    }

    @Test
    void whatARunChecksBeforeItsFirstCallCanBeCheckedAhead() {
        EvalOptions o = options("openai");
        o.model = "gpt-4o-mini";
        EvalSettings settings = o.resolve();

        assertThatThrownBy(() -> Evaluations.checkRunnable(PROJECT, settings, ApiKeys.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("set OPENAI_API_KEY");
        Evaluations.checkRunnable(PROJECT, settings, ApiKeys.of(java.util.Map.of("OPENAI_API_KEY", "k")));
        Evaluations.checkRunnable(PROJECT, options("always-true").resolve(), ApiKeys.none());
        o.model = "no-such-model";
        o.maxUsd = 1.0;
        assertThatThrownBy(() -> Evaluations.checkRunnable(PROJECT, o.resolve(),
                ApiKeys.of(java.util.Map.of("OPENAI_API_KEY", "k")))).hasMessageContaining("no price for model");
    }

    @Test
    void twoRunsOfTheSameProviderInOneSecondGetFoldersOfTheirOwn() {
        EvalOptions first = new EvalOptions();
        first.provider = "random";
        first.seed = 1L;
        EvalOptions second = new EvalOptions();
        second.provider = "random";
        second.seed = 2L;

        EvalRun.Result a = Evaluations.evaluate(PROJECT, runs(), first, null, ApiKeys.none(), EvalProgress.NONE, CLOCK);
        EvalRun.Result b = Evaluations.evaluate(PROJECT, runs(), second, null, ApiKeys.none(), EvalProgress.NONE, CLOCK);

        assertThat(a.runId()).isEqualTo(RunInputs.runId(CLOCK.instant(), "baseline/random-p0.5"));
        assertThat(b.runId()).isEqualTo(RunInputs.runId(CLOCK.instant().plusSeconds(1), "baseline/random-p0.5"));
        assertThat(b.reused()).as("nothing of the first run is taken over").isZero();
        assertThat(Evaluations.findCompletedRun(PROJECT, runs(), second, ApiKeys.none())).contains(b.runDir());
    }
}
