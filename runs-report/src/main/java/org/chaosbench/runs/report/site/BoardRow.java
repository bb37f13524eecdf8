package org.chaosbench.runs.report.site;

import java.util.List;
import java.util.Map;

/**
 * One run on a board, every figure already formatted (templates print, they do not compute).
 * The {@code *Key} fields are the values the table sorts on and the downloads hold.
 *
 * @param rank tie-aware rank from the audit, null when the run cannot be ranked
 * @param rankLabel {@code 2} or {@code 2=} when another run shares the rank, a dash when unranked
 * @param bias {@code OK}, {@code LABEL-BIASED}, or {@code UNKNOWN} without predictions
 * @param families family name to cell, in the board's family order
 */
public record BoardRow(Integer rank, String rankLabel, String runId, String slug, String model, String provider,
        Long n, String nLabel, String accuracyKey, String accuracyLabel, String ciLoLabel, String ciHiLabel,
        String balancedAccuracyKey, String balancedAccuracyLabel, String mccKey, String mccLabel, String coverageKey,
        String coverageLabel, String bias, boolean official, List<String> reasons, String date,
        Map<String, FamilyCell> families) {

    public String verdict() {
        return official ? "OFFICIAL" : "EXPLORATORY";
    }
}
