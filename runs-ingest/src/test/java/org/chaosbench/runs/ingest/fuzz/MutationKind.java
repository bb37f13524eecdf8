package org.chaosbench.runs.ingest.fuzz;

/** The kinds of damage the fuzzer does to a real file (issue 8, item 1). */
enum MutationKind {
    BYTE_FLIP,
    TRUNCATE,
    DUPLICATE_LINE,
    DELETE_LINE,
    WRONG_TYPE,
    HUGE_NUMBER,
    NAN_INFINITY,
    DEEP_NESTING,
    INVALID_UTF8,
    BOM,
    CRLF,
    LONG_LINE;

    /** Lower-case name for summaries: {@code byte-flip}. */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
