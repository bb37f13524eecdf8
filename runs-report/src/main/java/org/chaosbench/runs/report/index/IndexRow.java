package org.chaosbench.runs.report.index;

import java.nio.file.Path;

import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.policy.Verdict;

/**
 * One run folder of the published dir as the index shows it: the original's cells, already
 * formatted, plus what the full format adds (null in the original format).
 *
 * @param wilson the 95% interval of accuracy_valid; null when unknown or not computed
 * @param verdict the audit's verdict; null when not computed
 */
public record IndexRow(Path dir, String runId, String provider, String n, String accuracyValid,
        String balancedAccuracy, String mcc, String date, WilsonInterval wilson, Verdict verdict) {

    IndexRow withAudit(WilsonInterval w, Verdict v) {
        return new IndexRow(dir, runId, provider, n, accuracyValid, balancedAccuracy, mcc, date, w, v);
    }
}
