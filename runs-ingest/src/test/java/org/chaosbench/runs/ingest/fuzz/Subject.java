package org.chaosbench.runs.ingest.fuzz;

import java.nio.file.Path;
import java.util.List;

/**
 * One reader under attack. The harness writes each mutated file to {@link #prepare}'s path,
 * calls {@link #read}, and judges the outcome by the subject's {@link Mode}. To fuzz a new
 * reader, implement this and add it to {@link Subjects#all()}.
 */
interface Subject {

    /** How the reader is supposed to treat input the oracle calls invalid. */
    enum Mode {
        /** Refuses it with InvalidInputException naming file and line (or field). */
        STRICT,
        /** Skips the bad lines of a JSONL file and keeps the rest (the checkpoint). */
        SKIPS_BAD_LINES,
        /** Never throws: every problem becomes a finding naming the file (the per-run audit). */
        FINDINGS,
        /**
         * Never throws: a file it cannot use gives the same answer as an empty object {@code {}}
         * (the site's receipt reader, which falls back to the manifest's date).
         */
        FALLBACK
    }

    /** Whether the fuzzed file is one JSON document or JSONL. */
    enum Format {
        DOCUMENT,
        JSONL
    }

    /** A real file the mutations start from. */
    record Seed(String label, Format format, byte[] bytes, String role) {
        Seed(String label, Format format, byte[] bytes) {
            this(label, format, bytes, "");
        }
    }

    String name();

    Mode mode();

    List<Seed> seeds();

    /**
     * Builds the fixture for {@code seed} once in {@code work} (the other files a reader needs
     * beside the fuzzed one) and returns where the fuzzed file goes.
     */
    Path prepare(Path work, Seed seed) throws Exception;

    /** Runs the reader and hands its result over in a comparable form. */
    ReadResult read(Path work, Path target) throws Exception;

    /** Extra invariants after each read (for writers: no partial output); returns a problem or null. */
    default String afterRead(Path work, boolean accepted) throws Exception {
        return null;
    }
}
