package org.chaosbench.runs.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.chaosbench.runs.ingest.ReferenceData;
import org.chaosbench.runs.ingest.compat.PyJson;

/** Byte compatibility with run folders written by the original tool (FORMATS 5.6-5.11, 13). */
class ReferenceRunFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"real_runs/mistral7b_5k_armored/20260220T145806Z_ollama_mistral:7b",
        "real_runs/llama31_8b_smoke/20260220T103222Z_ollama_llama3.1:8b"})
    void metricsAndSummaryAreByteIdentical(String run, @TempDir Path out) throws IOException {
        Path dir = ReferenceData.reference(run);

        MetricsRecomputer.recompute(dir, out);

        assertThat(Files.readAllBytes(out.resolve("metrics.json"))).isEqualTo(Files.readAllBytes(dir.resolve("metrics.json")));
        assertThat(Files.readAllBytes(out.resolve("summary.md"))).isEqualTo(Files.readAllBytes(dir.resolve("summary.md")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"real_runs/mistral7b_5k_armored/20260220T145806Z_ollama_mistral:7b",
        "real_runs/llama31_8b_smoke/20260220T103222Z_ollama_llama3.1:8b"})
    void predictionsRoundTripByteForByte(String run, @TempDir Path out) throws IOException {
        Path dir = ReferenceData.reference(run);
        List<PredictionRecord> records = PredictionsFile.read(dir.resolve("predictions.jsonl"));

        PredictionsFile.write(out.resolve("predictions.jsonl"), records);

        assertThat(Files.readAllBytes(out.resolve("predictions.jsonl")))
                .isEqualTo(Files.readAllBytes(dir.resolve("predictions.jsonl")));
    }

    /** Every manifest the original wrote reads; complete ones are rewritten byte for byte. */
    @Test
    void everyOriginalManifestReadsAndCompleteOnesRoundTrip(@TempDir Path out) throws IOException {
        Path ref = ReferenceData.reference();
        List<Path> manifests;
        try (Stream<Path> s = Files.walk(ref)) {
            manifests = s.filter(p -> p.getFileName().toString().equals(RunManifest.FILE_NAME)).sorted().toList();
        }
        assertThat(manifests).hasSizeGreaterThanOrEqualTo(13);
        int roundTripped = 0;
        for (Path p : manifests) {
            RunManifest m = RunManifest.read(p);
            assertThat(m.runId()).isEqualTo(p.getParent().getFileName().toString());
            assertThat(m.promptHash()).isEqualTo("5881f664c444e3d3");
            if (m.orderMode() != null) {
                Path copy = out.resolve(roundTripped + ".json");
                m.write(copy);
                assertThat(Files.readString(copy)).as(p.toString()).isEqualTo(Files.readString(p));
                roundTripped++;
            }
        }
        assertThat(roundTripped).isGreaterThanOrEqualTo(5);
    }

    @Test
    void interruptedRunCheckpointsLoadWithEmptyResponsesSetAside() {
        Path dir = ReferenceData.reference("real_runs/qwen32b_full_canonical/20260220T172432Z_ollama_qwen2.5:32b");

        Checkpoint.Loaded loaded = Checkpoint.load(dir.resolve(Checkpoint.FILE_NAME));

        assertThat(loaded.records()).isEmpty();
        assertThat(loaded.emptyResponses()).isEqualTo(80);
        assertThat(loaded.skippedLines()).isZero();
    }

    @Test
    void checkpointAppendsAreReloadedAndATornLastLineIsSkipped(@TempDir Path dir) throws IOException {
        Path smoke = ReferenceData.reference("real_runs/llama31_8b_smoke/20260220T103222Z_ollama_llama3.1:8b");
        List<PredictionRecord> records = PredictionsFile.read(smoke.resolve("predictions.jsonl"));
        Path cp = dir.resolve(Checkpoint.FILE_NAME);
        try (Checkpoint.Writer w = Checkpoint.openWriter(cp)) {
            records.subList(0, 10).forEach(w::append);
        }
        String torn = PyJson.compact(records.get(10).toJson());
        Files.writeString(cp, torn.substring(0, torn.length() / 2), java.nio.file.StandardOpenOption.APPEND);

        Checkpoint.Loaded loaded = Checkpoint.load(cp);

        assertThat(loaded.records().values()).containsExactlyElementsOf(records.subList(0, 10));
        assertThat(loaded.skippedLines()).isEqualTo(1);
    }
}
