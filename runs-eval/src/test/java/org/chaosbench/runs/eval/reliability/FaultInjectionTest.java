package org.chaosbench.runs.eval.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.eval.provider.ApiKeys;
import org.chaosbench.runs.eval.provider.ProviderConfig;
import org.chaosbench.runs.eval.provider.ProviderFactory;
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
 * Issue 3, acceptance "fault injection over a 2,000-item run": a chat-completions server that
 * fails a fixed share of requests in every way an API fails (HTTP 500, 429 with Retry-After,
 * replies slower than the timeout, malformed bodies, dropped connections), 16 workers. The run
 * must complete with exactly one record per item, and every error the run files report must be
 * explained by what the server did, request by request.
 *
 * <p>The fault of each request is drawn from a generator seeded by (seed, item, first prompt or
 * reprompt, attempt number), so the faults do not depend on thread scheduling.
 */
class FaultInjectionTest {
    private static final int ITEMS = 2000;
    private static final int WORKERS = 16;
    private static final int MAX_ATTEMPTS = 3;
    /** Chosen so that some reprompts fail too (6 items end INVALID), exercising meta.retry_error. */
    private static final long SEED = 20261138L;
    private static final Duration TIMEOUT = Duration.ofMillis(1000);
    /** Well past the timeout, so a slow reply can never arrive in time, even on a loaded machine. */
    private static final long SLOW_MILLIS = 2500;
    private static final String DATASET = "data/faults.jsonl";

    enum Fault { NONE, HTTP_500, HTTP_429, SLOW, TRUNCATED_JSON, NO_CHOICES, RESET }

    /** One request and what the server did with it. */
    record Served(String itemId, boolean reprompt, int attempt, Fault fault, long arrivedNanos) {
        String key() {
            return key(itemId, reprompt);
        }

        static String key(String itemId, boolean reprompt) {
            return itemId + (reprompt ? "#reprompt" : "#first");
        }
    }

    /** 10 % HTTP 500, 5 % 429, 5 % slow, 2 % malformed (half truncated, half without choices), 1 % reset. */
    static Fault fault(String key, int attempt) {
        long seed = SEED * 1_000_003L + key.hashCode() * 31L + attempt;
        double u = new SplittableRandom(seed).nextDouble();
        if (u < 0.10) {
            return Fault.HTTP_500;
        }
        if (u < 0.15) {
            return Fault.HTTP_429;
        }
        if (u < 0.20) {
            return Fault.SLOW;
        }
        if (u < 0.21) {
            return Fault.TRUNCATED_JSON;
        }
        if (u < 0.22) {
            return Fault.NO_CHOICES;
        }
        if (u < 0.23) {
            return Fault.RESET;
        }
        return Fault.NONE;
    }

    /** The model's answer: fixed per item, so a reply delivered to the wrong worker shows. */
    static String answerFor(String itemId) {
        return (itemId.hashCode() & 1) == 0 ? "TRUE" : "FALSE";
    }

    @TempDir
    Path tmp;

    private final List<Served> served = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final AtomicInteger unidentified = new AtomicInteger();

    private ChatApi.Action serve(ChatApi.Call call) {
        String id = call.itemId();
        if (id != null && id.startsWith("warm_")) {
            return ChatApi.answer(answerFor(id));
        }
        if (id == null || !call.path().equals("/v1/chat/completions")) {
            unidentified.incrementAndGet();
            return ChatApi.json(400, "{\"error\": \"unexpected request\"}");
        }
        String key = Served.key(id, call.isReprompt());
        int attempt = attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        Fault f = fault(key, attempt);
        served.add(new Served(id, call.isReprompt(), attempt, f, call.arrivedNanos()));
        ChatApi.Reply ok = ChatApi.answer(answerFor(id), 40, 1);
        return switch (f) {
            case NONE -> ok;
            case HTTP_500 -> ChatApi.json(500, "{\"error\": {\"message\": \"The server had an error\", \"type\": \"server_error\"}}");
            case HTTP_429 -> ChatApi.json(429, "{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\"}}")
                    .withHeader("Retry-After", "1");
            case SLOW -> ok.delayed(SLOW_MILLIS);
            case TRUNCATED_JSON -> ChatApi.json(200, ok.body().substring(0, ok.body().length() / 2));
            case NO_CHOICES -> ChatApi.json(200, "{\"id\": \"chatcmpl-1\", \"object\": \"chat.completion\", \"model\": \"m\"}");
            case RESET -> new ChatApi.Drop();
        };
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aTwoThousandItemRunThroughInjectedFaultsCompletesWithOneRecordPerItemAndExactErrorCounts() throws Exception {
        Path root = Roots.withGeneratedItems(tmp.resolve("root"), "faults.jsonl", "fi", ITEMS);
        EvalRun.Result r;
        long started = System.nanoTime();
        try (ChatApi api = new ChatApi(this::serve)) {
            EvalOptions o = new EvalOptions();
            o.provider = "openai-compatible";
            o.model = "m";
            o.baseUrl = api.baseUrl();
            o.dataset = DATASET;
            o.workers = WORKERS;
            o.requestTimeoutS = TIMEOUT.toMillis() / 1000.0;
            o.maxAttempts = MAX_ATTEMPTS;
            EvalSettings settings = o.resolve();
            ProviderConfig config = Evaluations.providerConfig(settings).toBuilder()
                    .backoffBase(Duration.ofMillis(5)).backoffCap(Duration.ofMillis(40))
                    .retryAfterCap(Duration.ofSeconds(5)).jitterSeed(SEED).build();
            warmUp(api, o);
            started = System.nanoTime();
            r = EvalRun.run(EvalPlan.of(root, settings), tmp.resolve("runs"), null,
                    s -> ProviderFactory.create(config, ApiKeys.none(), Sleeper.REAL), Budget.none(), EvalProgress.NONE,
                    Clock.systemUTC());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        double slowestOk = PredictionsFile.read(r.runDir().resolve("predictions.jsonl")).stream()
                .filter(x -> !x.meta().has("error")).mapToDouble(PredictionRecord::latencyS).max().orElse(0);
        System.out.printf("[fault-injection] %d items, %d requests, %d failed calls, %.1f s, slowest answer %.3f s%n",
                ITEMS, served.size(), r.failedCalls(), took.toMillis() / 1000.0, slowestOk);

        // The run completed, each item exactly once, in item order.
        assertThat(unidentified.get()).as("requests the server could not attribute to an item").isZero();
        assertThat(r.status()).isEqualTo(EvalRun.Status.COMPLETE);
        assertThat(r.evaluated()).isEqualTo(ITEMS);
        assertThat(r.reused()).isZero();
        List<PredictionRecord> records = PredictionsFile.read(r.runDir().resolve("predictions.jsonl"));
        List<String> expectedIds = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            expectedIds.add(Roots.id("fi", i));
        }
        assertThat(records).extracting(PredictionRecord::id).containsExactlyElementsOf(expectedIds)
                .doesNotHaveDuplicates();
        assertThat(r.runDir().resolve(".eval_checkpoint.jsonl")).doesNotExist();

        // Every fault kind happened, none of them more than the policy allows.
        Map<Fault, Integer> kinds = new EnumMap<>(Fault.class);
        served.forEach(s -> kinds.merge(s.fault(), 1, Integer::sum));
        System.out.println("[fault-injection] served " + kinds);
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(Fault.values());

        // What the server can tell about every call: its requests, in attempt order.
        Map<String, List<Served>> byKey = new LinkedHashMap<>();
        for (Served s : served) {
            byKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s);
        }
        Map<String, Served> lastOf = new LinkedHashMap<>();
        for (Map.Entry<String, List<Served>> e : byKey.entrySet()) {
            List<Served> list = e.getValue();
            list.sort(Comparator.comparingInt(Served::attempt));
            assertThat(list).as("requests for %s", e.getKey()).hasSizeLessThanOrEqualTo(MAX_ATTEMPTS);
            for (int i = 0; i < list.size() - 1; i++) {
                Fault f = list.get(i).fault();
                assertThat(f).as("%s attempt %d was followed by another attempt", e.getKey(), i + 1)
                        .isNotIn(Fault.NONE, Fault.TRUNCATED_JSON, Fault.NO_CHOICES); // success and bad bodies are final
                if (f == Fault.HTTP_429) {
                    long gap = list.get(i + 1).arrivedNanos() - list.get(i).arrivedNanos();
                    assertThat(gap).as("Retry-After: 1 honoured for %s", e.getKey())
                            .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(1000));
                }
            }
            Served last = list.get(list.size() - 1);
            if (last.fault() != Fault.NONE && last.fault() != Fault.TRUNCATED_JSON && last.fault() != Fault.NO_CHOICES) {
                assertThat(list).as("a call failing on a retryable fault used every attempt: %s", e.getKey())
                        .hasSize(MAX_ATTEMPTS);
            }
            lastOf.put(e.getKey(), last);
        }

        // The records agree with the server, item by item.
        Set<String> firstFailed = new HashSet<>();
        Set<String> repromptFailed = new HashSet<>();
        int invalid = 0;
        for (PredictionRecord rec : records) {
            String id = rec.id();
            Served first = lastOf.get(Served.key(id, false));
            Served reprompt = lastOf.get(Served.key(id, true));
            assertThat(first).as("the server saw %s", id).isNotNull();
            boolean firstOk = first.fault() == Fault.NONE;
            JsonNode meta = rec.meta();
            assertThat(reprompt != null).as("reprompted %s iff its first call failed", id).isEqualTo(!firstOk);
            assertThat(meta.has("error")).as("meta.error of %s", id).isEqualTo(!firstOk);
            if (!firstOk) {
                firstFailed.add(id);
                assertThat(meta.get("error").asText()).as("meta.error of %s", id).contains(errorFragment(first.fault()));
            }
            boolean repromptOk = reprompt != null && reprompt.fault() == Fault.NONE;
            assertThat(meta.has("retry_error")).as("meta.retry_error of %s", id)
                    .isEqualTo(reprompt != null && !repromptOk);
            if (reprompt != null && !repromptOk) {
                repromptFailed.add(id);
                assertThat(meta.get("retry_error").asText()).contains(errorFragment(reprompt.fault()));
            }
            if (firstOk || repromptOk) {
                assertThat(rec.predText()).as("answer of %s", id).isEqualTo(answerFor(id));
                assertThat(rec.outcome()).isEqualTo("VALID_" + answerFor(id));
            } else {
                invalid++;
                assertThat(rec.predText()).isEmpty();
                assertThat(rec.outcome()).isEqualTo(PredictionRecord.INVALID);
            }
            assertThat(rec.retryPredText()).isEqualTo(reprompt == null ? null : repromptOk ? answerFor(id) : "");
        }
        assertThat(byKey).hasSize(ITEMS + firstFailed.size()); // no request for anything else

        int failedCalls = firstFailed.size() + repromptFailed.size();
        Set<String> itemsWithFailures = new HashSet<>(firstFailed);
        itemsWithFailures.addAll(repromptFailed);
        long metaErrors = records.stream().filter(x -> x.meta().has("error")).count()
                + records.stream().filter(x -> x.meta().has("retry_error")).count();
        long metaItems = records.stream().filter(x -> x.meta().has("error") || x.meta().has("retry_error")).count();
        assertThat(failedCalls).as("failed calls").isPositive().isEqualTo(metaErrors).isEqualTo(r.failedCalls());
        assertThat(itemsWithFailures).hasSize((int) metaItems);

        System.out.printf("[fault-injection] failed first calls %d, failed reprompts %d (items left INVALID)%n",
                firstFailed.size(), repromptFailed.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(Files.readString(r.runDir().resolve("run_manifest.json")));
        assertThat(manifest.path("provider_errors").path("failed_calls").asLong()).isEqualTo(failedCalls);
        assertThat(manifest.path("provider_errors").path("items_with_failed_calls").asLong())
                .isEqualTo(itemsWithFailures.size());
        assertThat(manifest.path("total_items_evaluated").asLong()).isEqualTo(ITEMS);
        assertThat(manifest.path("workers").asInt()).isEqualTo(WORKERS);
        JsonNode metrics = json.readTree(Files.readString(r.runDir().resolve("metrics.json")));
        assertThat(metrics.path("total").asInt()).isEqualTo(ITEMS);
        assertThat(metrics.path("invalid").asInt()).as("items whose two calls both failed").isEqualTo(invalid);
        assertThat(invalid).isEqualTo(repromptFailed.size()).isPositive();
    }

    /**
     * A short fault-free run first, so that class loading and compilation in a cold JVM (both
     * sides of the loopback) do not push the first successful replies past the timeout.
     */
    private void warmUp(ChatApi api, EvalOptions base) {
        Path root = Roots.withGeneratedItems(tmp.resolve("warm-root"), "warm.jsonl", "warm", 400);
        EvalOptions o = new EvalOptions();
        o.provider = base.provider;
        o.model = base.model;
        o.baseUrl = base.baseUrl;
        o.workers = base.workers;
        o.dataset = "data/warm.jsonl";
        EvalRun.Result warm = Evaluations.evaluate(root, tmp.resolve("warm-runs"), o, null, ApiKeys.none(),
                EvalProgress.NONE, Clock.systemUTC());
        assertThat(warm.failedCalls()).isZero();
    }

    /** What the recorded error of a call says, given the server's last reply to it. */
    private static String errorFragment(Fault f) {
        return switch (f) {
            case HTTP_500 -> "HTTP 500 from";
            case HTTP_429 -> "HTTP 429 from";
            case SLOW -> "timeout after 1.0 s";
            case TRUNCATED_JSON -> "invalid JSON from";
            case NO_CHOICES -> "response has no choices";
            case RESET -> "connection to";
            case NONE -> throw new IllegalArgumentException("not a failure");
        };
    }
}
