package org.chaosbench.runs.ingest.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.chaosbench.runs.ingest.dataset.DatasetValidator;
import org.chaosbench.runs.ingest.dataset.Freezer;
import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.run.MetricsRecomputer;

/**
 * A corpus of malformed dataset and run files (src/test/resources/malformed), each with the
 * exact error it must produce (expected.tsv); no failure leaves an output file behind.
 */
class MalformedInputCorpusTest {
    private static final String OK_ITEM = "{\"id\": \"ok1\", \"question\": \"Is the logistic map at r=4 chaotic?\", "
            + "\"ground_truth\": \"TRUE\", \"type\": \"atomic\", \"system_id\": \"logistic_r4\", \"template\": \"V2\"}\n";
    private static final String OK_RECORD = "{\"id\": \"a1\", \"question\": \"q\", \"ground_truth\": \"TRUE\", "
            + "\"pred_text\": \"TRUE\", \"parsed_label\": \"TRUE\", \"outcome\": \"VALID_TRUE\", \"correct\": true, "
            + "\"latency_s\": 0.5, \"task_family\": \"atomic\", \"split\": null, \"retry_pred_text\": null, "
            + "\"retry_outcome\": null, \"meta\": {\"parse_reason\": \"final line token\", \"parse_confidence\": 0.9}}\n";

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = MalformedInputCorpusTest.class.getResourceAsStream("/malformed/expected.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                cases.add(Arguments.of(parts[0], parts[1]));
            }
        }
        return cases.stream();
    }

    @Test
    void theCorpusHoldsAtLeastTwentyCasesAndEveryFileHasAnExpectation() throws IOException {
        List<String> expected = corpus().map(a -> (String) a.get()[0]).toList();
        Path dir = resource("");
        List<String> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(p -> !p.equals("expected.tsv")).sorted().toList();
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(20).containsExactlyInAnyOrderElementsOf(files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void producesItsExactErrorAndNoOutput(String name, String expected, @TempDir Path tmp) throws IOException {
        Path input = resource(name);
        String kind = name.substring(0, name.indexOf('/'));
        Path out = tmp.resolve("out");
        InvalidInputException error = switch (kind) {
            case "dataset" -> dataset(tmp, input);
            case "predictions" -> run(tmp, input, null, out);
            case "manifest" -> run(tmp, null, input, out);
            case "selector" -> selector(tmp, input);
            case "freeze" -> freeze(tmp, input);
            default -> throw new IllegalArgumentException(kind);
        };
        assertThat(error).as(name).isNotNull();
        assertThat(error.getMessage().replace(tmp.toString(), "{tmp}")).isEqualTo(expected);
        assertThat(out).doesNotExist();
        assertThat(tmp.resolve("artifacts")).doesNotExist();
        try (Stream<Path> s = Files.walk(tmp)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    private static InvalidInputException dataset(Path root, Path input) throws IOException {
        writeSelector(root, "data/ok.jsonl", "data/case.jsonl");
        Files.writeString(root.resolve("data/ok.jsonl"), OK_ITEM);
        Files.copy(input, root.resolve("data/case.jsonl"));
        InvalidInputException strict = catchThrowableOfType(InvalidInputException.class,
                () -> DatasetValidator.validate(Selector.read(root, Selector.DEFAULT_PATH), false));
        InvalidInputException frozen = catchThrowableOfType(InvalidInputException.class,
                () -> Freezer.freeze(root, Selector.DEFAULT_PATH, Freezer.DEFAULT_OUTPUT_DIR, Clock.systemUTC()));
        assertThat(frozen.getMessage()).contains(strict.getMessage());
        return strict;
    }

    private static InvalidInputException run(Path tmp, Path predictions, Path manifest, Path out) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("run"));
        if (predictions != null) {
            Files.copy(predictions, dir.resolve("predictions.jsonl"));
        } else {
            Files.writeString(dir.resolve("predictions.jsonl"), OK_RECORD);
        }
        if (manifest != null) {
            Files.copy(manifest, dir.resolve("run_manifest.json"));
        }
        return catchThrowableOfType(InvalidInputException.class, () -> MetricsRecomputer.recompute(dir, out));
    }

    private static InvalidInputException selector(Path root, Path input) throws IOException {
        Files.createDirectories(root.resolve("data"));
        Files.copy(input, root.resolve(Selector.DEFAULT_PATH));
        return catchThrowableOfType(InvalidInputException.class,
                () -> Freezer.freeze(root, Selector.DEFAULT_PATH, Freezer.DEFAULT_OUTPUT_DIR, Clock.systemUTC()));
    }

    private static InvalidInputException freeze(Path root, Path input) throws IOException {
        writeSelector(root, "data/ok.jsonl");
        Files.writeString(root.resolve("data/ok.jsonl"), OK_ITEM);
        Path manifest = root.resolve("frozen.json");
        Files.copy(input, manifest);
        return catchThrowableOfType(InvalidInputException.class,
                () -> Freezer.check(root, Selector.DEFAULT_PATH, manifest));
    }

    private static void writeSelector(Path root, String... files) throws IOException {
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve(Selector.DEFAULT_PATH),
                "{\"files\": [\"" + String.join("\", \"", files) + "\"]}");
    }

    private static Path resource(String name) {
        try {
            return Path.of(MalformedInputCorpusTest.class.getResource("/malformed/").toURI()).resolve(name);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
