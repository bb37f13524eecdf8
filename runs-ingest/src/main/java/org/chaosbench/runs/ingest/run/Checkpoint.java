package org.chaosbench.runs.ingest.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.chaosbench.runs.ingest.compat.PyText;
import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;
import org.chaosbench.runs.ingest.io.TextLines;

/**
 * .eval_checkpoint.jsonl (FORMATS 5.8): every completed record is appended at once, in
 * completion order, so a crash loses at most the line being written. Loading forgives what a
 * crash leaves behind: a torn or malformed line, or one missing a key, is skipped.
 */
public final class Checkpoint {
    public static final String FILE_NAME = ".eval_checkpoint.jsonl";

    private Checkpoint() {
    }

    /**
     * What a resume can reuse.
     *
     * @param records kept records by id (the last line for an id wins), in first-seen order
     * @param emptyResponses records discarded because their {@code pred_text} was blank
     * @param skippedLines lines that were not a complete record
     */
    public record Loaded(Map<String, PredictionRecord> records, int emptyResponses, int skippedLines) {
    }

    public static Loaded load(Path file) {
        Map<String, PredictionRecord> all = new LinkedHashMap<>();
        int[] skipped = {0};
        if (Files.exists(file)) {
            TextLines.forEach(file, (line, text) -> {
                PredictionRecord r = parseOrNull(file, line, text);
                if (r == null) {
                    skipped[0]++;
                } else {
                    all.put(r.id(), r);
                }
            }, bad -> skipped[0]++);
        }
        Map<String, PredictionRecord> kept = new LinkedHashMap<>();
        int empty = 0;
        for (PredictionRecord r : all.values()) {
            if (r.predText() == null || PyText.strip(r.predText()).isEmpty()) {
                empty++;
            } else {
                kept.put(r.id(), r);
            }
        }
        return new Loaded(kept, empty, skipped[0]);
    }

    private static PredictionRecord parseOrNull(Path file, int line, String text) {
        try {
            ObjectNode json = JsonFiles.parseLine(file, line, text);
            for (String key : PredictionRecord.KEYS) {
                if (!json.has(key)) {
                    return null;
                }
            }
            return RecordReader.read(file, line, json);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    /**
     * Opens the checkpoint for appending; keep one writer for the whole run. A last line left
     * without its newline by a crash is ended first, so the next record starts a line of its
     * own instead of being glued to the fragment (and lost with it on the next load).
     */
    public static Writer openWriter(Path file) {
        try {
            boolean torn = endsInsideALine(file);
            Writer writer = new Writer(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND));
            if (torn) {
                writer.append(new byte[] {'\n'});
            }
            return writer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + ": " + AtomicFiles.describe(e), e);
        }
    }

    private static boolean endsInsideALine(Path file) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            if (size == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            in.read(last, size - 1);
            return last.get(0) != '\n';
        }
    }

    /**
     * Appends records, each as one complete line in one write call, so that concurrent workers
     * never interleave inside a line and a killed process leaves at most one torn last line,
     * which {@link #load} skips. A record counts as done once its write has returned.
     */
    public static final class Writer implements AutoCloseable {
        private final Path file;
        private final FileChannel channel;

        private Writer(Path file, FileChannel channel) {
            this.file = file;
            this.channel = channel;
        }

        public void append(PredictionRecord record) {
            append(PredictionsFile.encode(record));
        }

        /** Appends a line made by {@link PredictionsFile#encode}. */
        public synchronized void append(byte[] encodedLine) {
            ByteBuffer buf = ByteBuffer.wrap(encodedLine);
            try {
                while (buf.hasRemaining()) {
                    channel.write(buf);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to " + file + ": " + AtomicFiles.describe(e), e);
            }
        }

        @Override
        public synchronized void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + file + ": " + AtomicFiles.describe(e), e);
            }
        }
    }
}
