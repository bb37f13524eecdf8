package org.chaosbench.runs.ingest.fuzz;

import java.util.List;

/**
 * What a subject hands back to the judge.
 *
 * @param comparable the reader's result in a form with a meaningful {@code equals}
 * @param records records made from a JSONL file (one per non-blank line for a strict reader), or null
 * @param skipped lines a skipping reader dropped, or null
 * @param errors error messages of a reader that reports instead of throwing, or null
 */
record ReadResult(Object comparable, Integer records, Integer skipped, List<String> errors) {

    static ReadResult of(Object comparable) {
        return new ReadResult(comparable, null, null, null);
    }

    static ReadResult records(Object comparable, int records) {
        return new ReadResult(comparable, records, null, null);
    }

    static ReadResult skipping(Object kept, int skipped) {
        return new ReadResult(kept, null, skipped, null);
    }

    static ReadResult reported(Object comparable, List<String> errors) {
        return new ReadResult(comparable, null, null, List.copyOf(errors));
    }
}
