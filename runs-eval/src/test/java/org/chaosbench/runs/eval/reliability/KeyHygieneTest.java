package org.chaosbench.runs.eval.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.eval.provider.ApiKeys;
import org.chaosbench.runs.eval.provider.ProviderConfig;
import org.chaosbench.runs.eval.provider.ProviderFactory;
import org.chaosbench.runs.eval.provider.Redactor;
import org.chaosbench.runs.eval.provider.Sleeper;
import org.chaosbench.runs.eval.runner.Budget;
import org.chaosbench.runs.eval.runner.EvalOptions;
import org.chaosbench.runs.eval.runner.EvalPlan;
import org.chaosbench.runs.eval.runner.EvalProgress;
import org.chaosbench.runs.eval.runner.EvalRun;
import org.chaosbench.runs.eval.runner.EvalSettings;
import org.chaosbench.runs.eval.runner.Evaluations;
import org.chaosbench.runs.ingest.run.PredictionRecord;
import org.chaosbench.runs.ingest.run.PredictionsFile;

/**
 * Issue 3, "a fake API key in the environment appears in no file under the run folder and in
 * no log output, also when the server echoes it in an error". The server here echoes the key
 * it received, in the error message and as the whole Authorization header, URL-encoded too;
 * every file the runs leave (hidden settings and checkpoint included), everything printed to
 * stdout/stderr, every progress line and every exception text is searched for it.
 */
class KeyHygieneTest {
    private static final String SECRET_PART = HexFormat.of().formatHex(randomBytes());
    private static final String SENTINEL = "sk-SENTINEL-" + SECRET_PART;
    private static final ApiKeys KEYS = ApiKeys.of(Map.of("OPENAI_API_KEY", SENTINEL));
    private static final int ITEMS = 24;

    @TempDir
    Path tmp;

    private Path root;
    private ChatApi api;
    private volatile java.util.function.Function<ChatApi.Call, ChatApi.Action> behaviour;
    private final List<String> progressLines = Collections.synchronizedList(new ArrayList<>());
    private final EvalProgress progress = s -> progressLines.add(s.line());

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return b;
    }

    /** An OpenAI-style error that quotes the key the request carried, in three spellings. */
    static String echo(ChatApi.Call call) {
        String auth = call.authorization() == null ? "" : call.authorization();
        String key = auth.startsWith("Bearer ") ? auth.substring("Bearer ".length()) : auth;
        return "{\"error\": {\"message\": \"Incorrect API key provided: " + key + ". You can find your API key at"
                + " https://platform.openai.com/account/api-keys.\", \"type\": \"invalid_request_error\", "
                + "\"received\": \"" + auth + "\", \"query\": \"?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)
                + "\", \"code\": \"invalid_api_key\"}}";
    }

    @BeforeEach
    void start() {
        root = Roots.withGeneratedItems(tmp.resolve("root"), "keys.jsonl", "kh", ITEMS);
        api = new ChatApi(call -> behaviour.apply(call));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private EvalOptions options() {
        EvalOptions o = new EvalOptions();
        o.provider = "openai";
        o.model = "gpt-4o";
        o.baseUrl = api.baseUrl();
        o.dataset = "data/keys.jsonl";
        o.workers = 4;
        return o;
    }

    @Test
    void aServerThatRejectsTheKeyAndEchoesItLeavesNoTraceOfIt() throws Exception {
        behaviour = call -> ChatApi.json(401, echo(call));

        Captured<EvalRun.Result> run = captured(() -> Evaluations.evaluate(root, tmp.resolve("runs"), options(), null,
                KEYS, progress, Clock.systemUTC()));

        EvalRun.Result r = run.value();
        assertThat(r.status()).isEqualTo(EvalRun.Status.COMPLETE);
        // The key was really sent (and echoed), and a 401 is not retried: one call plus one reprompt per item.
        assertThat(api.calls()).hasSize(2 * ITEMS).allSatisfy(c -> assertThat(c.authorization())
                .isEqualTo("Bearer " + SENTINEL));
        List<PredictionRecord> records = PredictionsFile.read(r.runDir().resolve("predictions.jsonl"));
        assertThat(records).hasSize(ITEMS).allSatisfy(rec -> {
            assertThat(rec.outcome()).isEqualTo(PredictionRecord.INVALID);
            assertThat(rec.meta().get("error").asText()).contains("HTTP 401 from", Redactor.MASK);
            assertThat(rec.meta().get("retry_error").asText()).contains("HTTP 401 from", Redactor.MASK);
        });
        assertNoTrace(run, r.toString());
    }

    @Test
    void echoedKeysInRetried5xxErrorsLeaveNoTraceWhetherTheCallsFinallyFailOrSucceed() throws Exception {
        // Items 0, 3, 6...: every attempt fails. The others: the first attempt fails, the second answers.
        java.util.Map<String, Integer> seen = new java.util.concurrent.ConcurrentHashMap<>();
        behaviour = call -> {
            int n = seen.merge(call.itemId() + call.isReprompt(), 1, Integer::sum);
            boolean hopeless = Integer.parseInt(call.itemId().substring(3)) % 3 == 0;
            return hopeless || n == 1 ? ChatApi.json(n % 2 == 0 ? 503 : 500, echo(call))
                    : ChatApi.answer("TRUE", 10, 1);
        };
        EvalSettings settings = options().resolve();
        ProviderConfig config = Evaluations.providerConfig(settings).toBuilder().backoffBase(Duration.ofMillis(1))
                .backoffCap(Duration.ofMillis(5)).build();

        Captured<EvalRun.Result> run = captured(() -> EvalRun.run(EvalPlan.of(root, settings), tmp.resolve("runs"), null,
                s -> ProviderFactory.create(config, KEYS, Sleeper.REAL), Budget.none(), progress, Clock.systemUTC()));

        EvalRun.Result r = run.value();
        assertThat(r.status()).isEqualTo(EvalRun.Status.COMPLETE);
        assertThat(r.failedCalls()).isEqualTo(2 * (ITEMS / 3)); // hopeless items: the call and the reprompt
        List<PredictionRecord> records = PredictionsFile.read(r.runDir().resolve("predictions.jsonl"));
        assertThat(records).filteredOn(x -> x.meta().has("error")).hasSize(ITEMS / 3)
                .allSatisfy(x -> assertThat(x.meta().get("error").asText()).contains("HTTP 50", Redactor.MASK));
        assertNoTrace(run, r.toString());
    }

    @Test
    void aRunThatFailsLeavesNoTraceInItsFilesOrItsError() throws Exception {
        behaviour = call -> ChatApi.json(401, echo(call));
        // A run folder whose metrics.json cannot be written: the run evaluates every item (each
        // error echoing the key into the checkpoint), writes predictions.jsonl, then fails.
        Path runDir = tmp.resolve("runs/broken");
        Files.createDirectories(runDir.resolve("metrics.json/in-the-way"));
        options().resolve().write(runDir.resolve(EvalSettings.FILE_NAME));

        Captured<Throwable> run = captured(() -> catchThrowable(() -> Evaluations.evaluate(root, tmp.resolve("runs"),
                new EvalOptions(), "broken", KEYS, progress, Clock.systemUTC())));

        Throwable failure = run.value();
        assertThat(failure).isNotNull().hasMessageContaining("metrics.json");
        assertThat(api.calls()).hasSize(2 * ITEMS);
        assertThat(runDir.resolve(".eval_checkpoint.jsonl")).isNotEmptyFile();
        assertThat(runDir.resolve("predictions.jsonl")).isNotEmptyFile();
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertNoTrace(run, trace.toString());
    }

    // --- the search ---------------------------------------------------------------------------

    private void assertNoTrace(Captured<?> run, String more) throws IOException {
        List<String> spellings = List.of(SENTINEL, SECRET_PART, URLEncoder.encode(SENTINEL, StandardCharsets.UTF_8));
        List<Path> searched = new ArrayList<>();
        try (Stream<Path> files = Files.walk(tmp)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String s : spellings) {
                    assertThat(text).as("file %s", tmp.relativize(f)).doesNotContain(s);
                }
                searched.add(tmp.relativize(f));
            }
        }
        assertThat(searched).as("the hidden run files were searched too").anyMatch(p -> p.endsWith(EvalSettings.FILE_NAME))
                .anyMatch(p -> p.toString().contains("runs"));
        for (String s : spellings) {
            assertThat(run.out()).as("stdout").doesNotContain(s);
            assertThat(run.err()).as("stderr").doesNotContain(s);
            assertThat(String.join("\n", progressLines)).as("progress lines").doesNotContain(s);
            assertThat(more).doesNotContain(s);
        }
        assertThat(KEYS.toString()).doesNotContain(SENTINEL);
    }

    private record Captured<T>(T value, String out, String err) {
    }

    /** Runs {@code body} with System.out and System.err recorded (and still shown). */
    private static <T> Captured<T> captured(Callable<T> body) throws Exception {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(tee(oldOut, out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(tee(oldErr, err), true, StandardCharsets.UTF_8));
        try {
            T value = body.call();
            return new Captured<>(value, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static OutputStream tee(OutputStream a, OutputStream b) {
        return new OutputStream() {
            @Override
            public synchronized void write(int c) throws IOException {
                a.write(c);
                b.write(c);
            }

            @Override
            public synchronized void write(byte[] buf, int off, int len) throws IOException {
                a.write(buf, off, len);
                b.write(buf, off, len);
            }
        };
    }
}
