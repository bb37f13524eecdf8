package org.chaosbench.runs.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.run.PredictionsFile;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * The defects the reader fuzzer found, pinned one by one so that they stay fixed even in a
 * build that runs a different slice of the fuzzer (docs/RELIABILITY.md lists them).
 */
class FuzzFindingsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"+Infinity", "+INF", "-INF"})
    void nonFiniteSpellingsPythonRefusesAreRefusedAtTheirLine(String literal) throws IOException {
        Path manifest = tmp.resolve("run_manifest.json");
        Files.writeString(manifest, "{\n  \"run_id\": \"r\",\n  \"seed\": " + literal + "\n}");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> RunManifest.read(manifest));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith(manifest + ":3: malformed JSON (column")
                .contains("Non-standard number '" + literal + "'");
    }

    @Test
    void theThreeSpellingsPythonAcceptsStillRead() throws IOException {
        Path predictions = tmp.resolve("predictions.jsonl");
        StringBuilder sb = new StringBuilder();
        for (String v : new String[] {"NaN", "Infinity", "-Infinity", "1e999"}) {
            sb.append("{\"id\": \"").append(v).append("\", \"ground_truth\": \"TRUE\", \"outcome\": \"VALID_TRUE\", ")
                    .append("\"latency_s\": ").append(v).append("}\n");
        }
        Files.writeString(predictions, sb.toString());
        assertThat(PredictionsFile.read(predictions)).extracting(r -> r.latencyS())
                .containsExactly(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * nan-infinity, full run at commit fc6247d (cases 3198, 3774, 5154... of audit-run): the
     * audit's fast row scanner took {@code -INF}, {@code +INF} and {@code +Infinity} as numbers,
     * so a predictions file Python cannot read was audited without an error.
     */
    @ParameterizedTest
    @CsvSource({"+Infinity", "+INF", "-INF"})
    void theAuditReportsNonFiniteSpellingsPythonRefusesAtTheirLine(String literal) throws Exception {
        Path run = java.nio.file.Files.createDirectories(tmp.resolve("20260101T000000Z_mock"));
        Path from = new Seeds().predictionRuns().get(0);
        Files.copy(from.resolve(RunManifest.FILE_NAME), run.resolve(RunManifest.FILE_NAME));
        java.util.List<String> lines = Files.readAllLines(from.resolve("predictions.jsonl")).subList(0, 3);
        String row = "{\"id\": \"x\", \"ground_truth\": \"TRUE\", \"outcome\": \"VALID_TRUE\", \"correct\": true, "
                + "\"latency_s\": " + literal + "}";
        String nested = "{\"id\": \"y\", \"ground_truth\": \"TRUE\", \"outcome\": \"VALID_TRUE\", \"correct\": true, "
                + "\"latency_s\": 1.0, \"meta\": {\"a\": [1, " + literal + "]}}";
        for (String bad : new String[] {row, nested}) {
            Files.writeString(run.resolve("predictions.jsonl"), lines.get(0) + "\n" + bad + "\n" + lines.get(2) + "\n");
            Path noGit = Path.of("/nonexistent-fuzz-project");
            var context = new org.chaosbench.runs.ingest.policy.PolicyContext(noGit, null, null,
                    java.util.Set.of("5881f664c444e3d3"), java.util.Set.of(), java.util.List.of(),
                    new org.chaosbench.runs.ingest.policy.GitQuery(noGit), null);
            var audit = org.chaosbench.runs.ingest.audit.run.RunAuditor.audit(
                    new org.chaosbench.runs.ingest.audit.run.DiscoveredRun(run,
                            org.chaosbench.runs.ingest.audit.run.DiscoveredRun.Source.RUNS),
                    context, org.chaosbench.runs.ingest.audit.BiasThresholds.DEFAULTS);
            assertThat(audit.findings()).extracting(org.chaosbench.runs.ingest.audit.run.Finding::message)
                    .as("findings for %s", bad)
                    .anySatisfy(m -> assertThat(m).contains(run.resolve("predictions.jsonl") + ":2:")
                            .contains("Non-standard number"));
        }
    }

    @Test
    void parserLimitErrorsNameTheirLine() throws IOException {
        Path manifest = tmp.resolve("run_manifest.json");
        Files.writeString(manifest, "{\n  \"run_id\": \"r\",\n  \"budget\": " + "[".repeat(5000) + "]".repeat(5000)
                + ",\n  \"seed\": " + "7".repeat(2000) + "\n}");
        InvalidInputException deep = catchThrowableOfType(InvalidInputException.class, () -> RunManifest.read(manifest));
        assertThat(deep.getMessage()).startsWith(manifest + ":3: malformed JSON (column").contains("nesting depth");

        Files.writeString(manifest, "{\n  \"run_id\": \"r\",\n  \"seed\": " + "7".repeat(2000) + "\n}");
        InvalidInputException huge = catchThrowableOfType(InvalidInputException.class, () -> RunManifest.read(manifest));
        assertThat(huge.getMessage()).startsWith(manifest + ":3: malformed JSON (column").contains("Number value length");
    }
}
