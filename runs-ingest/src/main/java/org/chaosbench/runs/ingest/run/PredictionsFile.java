package org.chaosbench.runs.ingest.run;

import java.io.IOException;
import java.io.OutputStream;
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
        AtomicFiles.write(file, out -> {
            for (PredictionRecord r : records) {
                writeLine(out, r);
            }
        });
    }

    /** The exact bytes of one record line, shared with the checkpoint. */
    static byte[] line(PredictionRecord r) {
        return (PyJson.compact(r.toJson()) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void writeLine(OutputStream out, PredictionRecord r) throws IOException {
        out.write(line(r));
    }
}
