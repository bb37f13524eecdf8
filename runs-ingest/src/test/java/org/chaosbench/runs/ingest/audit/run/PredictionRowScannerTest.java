package org.chaosbench.runs.ingest.audit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;

/** The streaming fast path must read every row exactly as the tree path does, or step aside. */
class PredictionRowScannerTest {
    static final List<String> ROWS = List.of(
            "{\"id\": \"a\", \"outcome\": \"VALID_TRUE\", \"correct\": true, \"latency_s\": 1.5, \"task_family\": \"atomic\"}",
            "{\"id\": \"a\", \"id\": 5, \"correct\": 1, \"latency_s\": \"2\"}",
            "{\"id\": {\"nested\": [1, {\"id\": \"x\"}]}, \"outcome\": [\"VALID_TRUE\"], \"meta\": {\"correct\": true}}",
            "{\"latency_s\": NaN, \"correct\": false, \"ground_truth\": \"TRUE\", \"parsed_label\": null}",
            "{\"latency_s\": 12345678901234567890, \"pred_text\": \"I cannot \\u00e9 say\", \"outcome\": \"INVALID\"}",
            "{\"latency_s\": -Infinity, \"id\": \"b\", \"correct\": true, \"correct\": null}",
            "{}",
            "{\"id\": \"c\"} trailing",
            "[1, 2]",
            "\"just a string\"",
            "{\"id\": \"d\", \"outcome\": ",
            "{\"id\": \"e\",}",
            "{'id': 'f'}",
            "{\"id\": \"g\\\"q\", \"outcome\": \"VALID_FALSE\"}",
            "{\"id\": \"\\u0041\", \"latency_s\": 01}",
            "{\"latency_s\": 1., \"id\": \"h\"}",
            "{\"latency_s\": .5}",
            "{\"latency_s\": -}",
            "{\"latency_s\": 1e}",
            "{\"latency_s\": 1E+5, \"correct\": true1}",
            "{\"latency_s\": -0.0e-3, \"correct\": truex}",
            "{ \"meta\" : { \"a\" : [ 1 , 2.5e3 , { } , [ ] , null , \"x\" ] } , \"id\" : \"i\" }",
            "{\"meta\": {\"a\": [1, 2,]}, \"id\": \"j\"}",
            "{\"id\": \"k\"}}",
            "{\"id\": \"k\" \"x\": 1}",
            "{\"id\":\"l\",\"correct\":false,\"latency_s\":3,\"task_family\":\"atomic\"}",
            "{\"id\": \"m\", \"x\": 1" + "0".repeat(400) + "}",
            "{\"id\": \"n\u0001\"}");

    @Test
    void theFlatScannerAgreesOrStepsAside() {
        int taken = 0;
        for (String row : ROWS) {
            byte[] bytes = row.getBytes(StandardCharsets.US_ASCII);
            PredictionRow flat = FlatRowScanner.scan(bytes, 0, bytes.length);
            if (flat != null) {
                taken++;
                assertThat(flat).as(row).isEqualTo(slow(row));
            }
        }
        assertThat(taken).isGreaterThanOrEqualTo(6);
        for (int i : new int[] {7, 8, 13, 14, 15, 16, 17, 20, 22, 23}) {
            byte[] bytes = ROWS.get(i).getBytes(StandardCharsets.US_ASCII);
            assertThat(FlatRowScanner.scan(bytes, 0, bytes.length)).as(ROWS.get(i)).isNull();
        }
    }

    private static PredictionRow slow(String row) {
        try {
            return PredictionRow.of(JsonFiles.parseLine(Path.of("p.jsonl"), 1, row));
        } catch (InvalidInputException e) {
            return null;
        }
    }

    @Test
    void bothPathsAgreeOnEveryRow() {
        for (String row : ROWS) {
            byte[] bytes = row.getBytes(StandardCharsets.US_ASCII);
            PredictionRow fast = PredictionRowScanner.scan(bytes, 0, bytes.length);
            PredictionRow slow;
            try {
                slow = PredictionRow.of(JsonFiles.parseLine(Path.of("p.jsonl"), 1, row));
            } catch (InvalidInputException e) {
                slow = null;
            }
            if (fast != null) {
                assertThat(fast).as(row).isEqualTo(slow);
            }
            // Where the fast path steps aside, the tree path decides (and reports the exact problem).
        }
        // The common row shape takes the fast path.
        byte[] first = ROWS.get(0).getBytes(StandardCharsets.US_ASCII);
        assertThat(PredictionRowScanner.scan(first, 0, first.length)).isNotNull();
        byte[] trailing = ROWS.get(7).getBytes(StandardCharsets.US_ASCII);
        assertThat(PredictionRowScanner.scan(trailing, 0, trailing.length)).isNull();
    }
}
