package org.chaosbench.runs.ingest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.io.JsonFiles;
import org.chaosbench.runs.ingest.io.TextLines;

/** predictions.jsonl: one compact JSON record per line, each ending with {@code \n}. */
public final class PredictionsFile {
    private PredictionsFile() {
    }

    /** Reads every record; a malformed line stops the read with {@code path:line: what}. */
    public static List<PredictionRecord> read(Path file) {
        List<PredictionRecord> records = new ArrayList<>();
        TextLines.forEach(file, (line, text) -> records.add(RecordReader.read(file, line,
                JsonFiles.parseLine(file, line, text))));
        return records;
    }

    public static void write(Path file, List<PredictionRecord> records) {
        writeEncoded(file, records.stream().map(PredictionsFile::encode).toList());
    }

    /** Writes lines already made by {@link #encode}, so a record serialised for the checkpoint is not serialised twice. */
    public static void writeEncoded(Path file, List<byte[]> lines) {
        AtomicFiles.write(file, out -> {
            for (byte[] line : lines) {
                out.write(line);
            }
        });
    }

    /** The exact bytes of one record line, newline included; the checkpoint uses the same. */
    public static byte[] encode(PredictionRecord r) {
        // Written field by field rather than through a map: this runs once per item on the
        // runner's hot path. The output is the same as PyJson.compact(r.toJson()).
        StringBuilder sb = new StringBuilder(256 + r.question().length());
        sb.append("{\"id\": ");
        string(sb, r.id());
        sb.append(", \"question\": ");
        string(sb, r.question());
        sb.append(", \"ground_truth\": ");
        string(sb, r.groundTruth());
        sb.append(", \"pred_text\": ");
        string(sb, r.predText());
        sb.append(", \"parsed_label\": ");
        string(sb, r.parsedLabel());
        sb.append(", \"outcome\": ");
        string(sb, r.outcome());
        sb.append(", \"correct\": ").append(r.correct() == null ? "null" : r.correct() ? "true" : "false");
        sb.append(", \"latency_s\": ");
        PyJson.appendCompact(sb, r.latencyS());
        sb.append(", \"task_family\": ");
        string(sb, r.taskFamily());
        sb.append(", \"split\": ");
        string(sb, r.split());
        sb.append(", \"retry_pred_text\": ");
        string(sb, r.retryPredText());
        sb.append(", \"retry_outcome\": ");
        string(sb, r.retryOutcome());
        sb.append(", \"meta\": ");
        PyJson.appendCompact(sb, r.meta());
        sb.append("}\n");
        // ensure_ascii output is pure ASCII: the cheapest encoding gives the same bytes.
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void string(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
        } else {
            PyJson.appendString(sb, s);
        }
    }
}
