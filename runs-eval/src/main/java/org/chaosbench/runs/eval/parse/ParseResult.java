package org.chaosbench.runs.eval.parse;

/**
 * The parse of one answer (FORMATS 4).
 *
 * @param label {@code TRUE}, {@code FALSE}, or null when INVALID
 * @param confidence 1.0 when the text carries FINAL_ANSWER, 0.9 for another valid answer, 0.0 when INVALID
 * @param reason why the parser decided so (recorded as {@code meta.parse_reason})
 */
public record ParseResult(Outcome outcome, String label, double confidence, String reason) {

    public boolean isValid() {
        return outcome != Outcome.INVALID;
    }
}
