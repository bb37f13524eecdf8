package org.chaosbench.runs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.eval.runner.EvalOptions;
import org.chaosbench.runs.eval.runner.EvalSettings;

/**
 * Issue 3, key hygiene in the real process: {@code OPENAI_API_KEY} set to a sentinel in the
 * child's environment, {@code --provider openai --base-url <loopback>}, a server whose errors
 * echo the key it received. The sentinel must appear in no file under the temp folder (run
 * folders with their hidden settings and checkpoints, the root) and in nothing the process
 * prints: after a completed run, a killed one, and one that fails with an error.
 */
class KeyHygieneIT {
    private static final String SECRET_PART = HexFormat.of().formatHex(randomBytes());
    private static final String SENTINEL = "sk-SENTINEL-" + SECRET_PART;
    private static final Map<String, String> ENV = Map.of("OPENAI_API_KEY", SENTINEL);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path root;
    private Path logs;
    private LoopbackChatApi api;
    private volatile java.util.function.Function<LoopbackChatApi.Call, LoopbackChatApi.Reply> behaviour;
    private final List<Jar> processes = new ArrayList<>();

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return b;
    }

    /** An OpenAI-style error quoting the key the request carried, in three spellings. */
    private static String echo(LoopbackChatApi.Call call) {
        String auth = call.authorization() == null ? "" : call.authorization();
        String key = auth.startsWith("Bearer ") ? auth.substring("Bearer ".length()) : auth;
        return "{\"error\": {\"message\": \"Incorrect API key provided: " + key + ".\", \"type\": "
                + "\"invalid_request_error\", \"received\": \"" + auth + "\", \"query\": \"?key="
                + URLEncoder.encode(key, StandardCharsets.UTF_8) + "\", \"code\": \"invalid_api_key\"}}";
    }

    @BeforeEach
    void start() throws IOException {
        root = Jar.projectWithDataset(tmp.resolve("root"));
        logs = tmp.resolve("logs");
        api = new LoopbackChatApi(call -> behaviour.apply(call));
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Jar p : processes) {
            if (p.process.isAlive()) {
                p.kill();
            }
        }
        api.close();
    }

    private Jar start(String name, List<String> args) {
        assertThat(String.join(" ", args)).doesNotContain(SECRET_PART);
        Jar p = Jar.start(logs, name, ENV, args);
        processes.add(p);
        return p;
    }

    private List<String> newRun(Path runs, String... more) {
        List<String> args = new ArrayList<>(List.of("eval", "--provider", "openai", "--base-url", api.baseUrl(),
                "--model", "gpt-4o", "--max-items", "30", "--workers", "4", "--root", root.toString(), "--output-dir",
                runs.toString()));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRejectedKeyEchoedByTheServerAppearsNowhere() throws Exception {
        behaviour = call -> LoopbackChatApi.json(401, echo(call));

        Jar p = start("rejected", newRun(tmp.resolve("runs")));

        assertThat(p.waitFor()).as(p.err()).isZero();
        assertThat(api.calls()).hasSize(60).allSatisfy(c -> assertThat(c.authorization())
                .isEqualTo("Bearer " + SENTINEL));
        Path run = Jar.onlyRun(tmp.resolve("runs"));
        assertThat(Files.readString(run.resolve("predictions.jsonl"))).contains("HTTP 401 from", "[REDACTED]");
        assertThat(p.out()).contains("Failed calls:  60");
        assertNoTrace();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRunKilledWhileErrorsEchoTheKeyAndThenResumedLeavesNoTrace() throws Exception {
        // First prompts fail with an echoing 500 (one attempt only, so the error is recorded);
        // reprompts are answered, slowly enough to kill the run half way.
        behaviour = call -> call.isReprompt() ? LoopbackChatApi.answer("TRUE", 80)
                : LoopbackChatApi.json(500, echo(call));
        Path runs = tmp.resolve("runs");

        Jar p = start("killed", newRun(runs, "--max-attempts", "1"));
        while (p.process.isAlive() && checkpointLines(runs) < 8) {
            Thread.sleep(2);
        }
        assertThat(p.process.isAlive()).as("still running when killed: %s", p.err()).isTrue();
        p.kill();
        Path run = Jar.onlyRun(runs);
        assertThat(Files.readString(run.resolve(".eval_checkpoint.jsonl"))).contains("HTTP 500 from", "[REDACTED]");
        assertNoTrace();

        Jar resumed = start("resumed", List.of("eval", "--root", root.toString(), "--output-dir",
                runs.toString(), "--resume", run.getFileName().toString()));
        assertThat(resumed.waitFor()).as(resumed.err()).isZero();
        JsonNode manifest = JSON.readTree(run.resolve("run_manifest.json").toFile());
        assertThat(manifest.path("provider_errors").path("failed_calls").asInt()).isEqualTo(30);
        assertNoTrace();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRunThatFailsWithAnErrorLeavesNoTrace() throws Exception {
        behaviour = call -> LoopbackChatApi.json(401, echo(call));
        // A run to resume whose metrics.json cannot be written: every item is evaluated (its
        // errors echoing the key), predictions.jsonl is written, then the run fails.
        Path runs = tmp.resolve("runs");
        Path run = runs.resolve("broken");
        Files.createDirectories(run.resolve("metrics.json/in-the-way"));
        EvalOptions o = new EvalOptions();
        o.provider = "openai";
        o.model = "gpt-4o";
        o.baseUrl = api.baseUrl();
        o.maxItems = 30L;
        o.workers = 4;
        o.resolve().write(run.resolve(EvalSettings.FILE_NAME));

        Jar p = start("failing", List.of("eval", "--root", root.toString(), "--output-dir", runs.toString(),
                "--resume", "broken"));

        assertThat(p.waitFor()).isEqualTo(1);
        assertThat(p.err()).contains("error: ", "metrics.json");
        assertThat(api.calls()).hasSize(60);
        assertThat(run.resolve(".eval_checkpoint.jsonl")).isNotEmptyFile();
        assertThat(Files.readString(run.resolve("predictions.jsonl"))).contains("[REDACTED]");
        assertNoTrace();
    }

    private static long checkpointLines(Path runs) throws IOException {
        Path run = Jar.onlyRun(runs);
        Path cp = run == null ? null : run.resolve(".eval_checkpoint.jsonl");
        if (cp == null || !Files.exists(cp)) {
            return 0;
        }
        return Files.readString(cp).chars().filter(c -> c == '\n').count();
    }

    /** Every file under the temp folder (the child's stdout and stderr included) is free of the key. */
    private void assertNoTrace() throws IOException {
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
        assertThat(searched).anyMatch(f -> f.endsWith(EvalSettings.FILE_NAME))
                .anyMatch(f -> f.toString().endsWith(".err")).anyMatch(f -> f.toString().endsWith(".out"));
    }
}
