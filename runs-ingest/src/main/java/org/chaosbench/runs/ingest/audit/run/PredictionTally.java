package org.chaosbench.runs.ingest.audit.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.audit.FamilyAuditRow;
import org.chaosbench.runs.ingest.audit.InvalidCategory;
import org.chaosbench.runs.ingest.audit.LabelCounts;
import org.chaosbench.runs.ingest.audit.LabelTally;
import org.chaosbench.runs.ingest.io.CodePointOrder;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;
import org.chaosbench.runs.ingest.io.TextLines;
import org.chaosbench.runs.ingest.run.PredictionRecord;

/**
 * Counts one predictions.jsonl in a single streaming pass (FORMATS 8.4). Only counters, the
 * id set (for duplicates, dropped with this object after the run), per-family counters and
 * the per-item outcome bits are kept, never the records, so memory per run does not grow with the rows' text and nothing
 * survives from one run to the next. A bad line becomes a finding and the other lines still
 * count, where PredictionsFile.read would stop at the first one.
 */
final class PredictionTally {
    /** Per-line findings beyond this many are summed up in one, so a garbage file cannot flood the report. */
    static final int MAX_LINE_FINDINGS = 20;

    private static final Set<String> KNOWN_OUTCOMES = Set.of(PredictionRecord.VALID_TRUE,
            PredictionRecord.VALID_FALSE, PredictionRecord.INVALID);

    private final Path file;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Integer> suppressed = new LinkedHashMap<>();
    /** Looked up per row, so hashed; {@link #familyRows} puts them in code-point order. */
    private final Map<String, FamilyTally> families = new java.util.HashMap<>();
    private final LabelTally labels = new LabelTally();
    private final Map<InvalidCategory, Long> invalidCategories = new EnumMap<>(InvalidCategory.class);
    private final List<String> invalidIds = new ArrayList<>();
    private final ItemOutcomes.Builder outcomes;
    private final LatencyStats.Builder latencies = new LatencyStats.Builder();
    private long lines;
    private long rows;
    private long duplicates;
    private long correct;
    private long latencyCount;
    private double latencySum;

    /** The report lists this many invalid ids (FORMATS 8.6); one more tells that there are more. */
    static final int INVALID_IDS_KEPT = 11;

    private PredictionTally(Path file, ItemIndex index) {
        this.file = file;
        this.outcomes = new ItemOutcomes.Builder(index);
    }

    /** Reads the whole file; a file that cannot be opened at all throws (the caller reports it). */
    static PredictionTally read(Path file, ItemIndex index) {
        PredictionTally tally = new PredictionTally(file, index);
        TextLines.forEachAscii(file, new TextLines.ByteLineHandler() {
            @Override
            public void asciiLine(int number, byte[] bytes, int from, int to) {
                PredictionRow row = FlatRowScanner.scan(bytes, from, to);
                if (row == null) {
                    row = PredictionRowScanner.scan(bytes, from, to);
                }
                if (row != null) {
                    tally.row(number, row);
                } else {
                    line(number, new String(bytes, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }

            @Override
            public void line(int number, String text) {
                tally.line(number, text);
            }
        }, bad -> {
            tally.lines++;
            tally.lineFinding(Finding.error("predictions-malformed-line", bad.getMessage()));
        });
        tally.flushSuppressed();
        return tally;
    }

    private void line(int number, String text) {
        ObjectNode json;
        try {
            json = JsonFiles.parseLine(file, number, text);
        } catch (InvalidInputException e) {
            lines++;
            lineFinding(Finding.error("predictions-malformed-line", e.getMessage()));
            return;
        }
        row(number, PredictionRow.of(json));
    }

    private void row(int number, PredictionRow row) {
        lines++;
        rows++;
        String id = row.id();
        if (id == null) {
            lineFinding(Finding.error("predictions-missing-id", file + ":" + number + ": no string `id`; the row is "
                    + "counted but cannot be checked for duplicates"));
        }
        Boolean isCorrect = row.correct();
        // The outcome bits double as the duplicate check: an id already answered is not added again.
        if (id != null && !outcomes.add(id, Boolean.TRUE.equals(isCorrect))) {
            duplicates++;
        }
        String outcome = row.outcome();
        if (outcome == null) {
            // The original crashes here (outcome.startswith on None); we count the row as invalid.
            lineFinding(Finding.error("predictions-null-outcome", file + ":" + number
                    + ": `outcome` is null or missing (id=" + id + "); counted as an invalid answer"));
        } else if (!KNOWN_OUTCOMES.contains(outcome)) {
            lineFinding(Finding.warning("predictions-unexpected-outcome", file + ":" + number
                    + ": unexpected outcome value '" + outcome + "' for id=" + id));
        }
        correct += Boolean.TRUE.equals(isCorrect) ? 1 : 0;
        labels.add(outcome, row.groundTruth(), row.parsedLabel());
        String family = row.family();
        family = family == null || family.isEmpty() ? "unknown" : family;
        families.computeIfAbsent(family, FamilyTally::new).add(outcome, isCorrect, row.groundTruth(), row.parsedLabel());
        if (outcome == null || PredictionRecord.INVALID.equals(outcome) || !outcome.startsWith("VALID")) {
            if (invalidIds.size() < INVALID_IDS_KEPT) {
                invalidIds.add(id == null ? "<line " + number + ">" : id);
            }
            invalidCategories.merge(InvalidCategory.classify(row.predText()), 1L, Long::sum);
        }
        Double latency = row.latency();
        if (latency != null) {
            latencyCount++;
            latencySum += latency;
            latencies.add(latency);
        }
    }

    private void lineFinding(Finding finding) {
        long sameCode = findings.stream().filter(f -> f.code().equals(finding.code())).count();
        if (sameCode < MAX_LINE_FINDINGS) {
            findings.add(finding);
        } else {
            suppressed.merge(finding.code(), 1, Integer::sum);
        }
    }

    private void flushSuppressed() {
        suppressed.forEach((code, n) -> {
            Finding.Severity severity = findings.stream().filter(f -> f.code().equals(code)).findFirst()
                    .map(Finding::severity).orElse(Finding.Severity.ERROR);
            findings.add(new Finding(severity, code, file + ": " + n + " more line(s) with the same problem"));
        });
    }

    List<Finding> findings() {
        return Collections.unmodifiableList(findings);
    }

    /** Non-blank lines, malformed ones included: the figure compared with total_items_evaluated. */
    long lines() {
        return lines;
    }

    long rows() {
        return rows;
    }

    long duplicates() {
        return duplicates;
    }

    long correct() {
        return correct;
    }

    LabelCounts labels() {
        return labels.counts();
    }

    List<String> invalidIds() {
        return Collections.unmodifiableList(invalidIds);
    }

    Map<InvalidCategory, Long> invalidCategories() {
        return Collections.unmodifiableMap(invalidCategories);
    }

    ItemOutcomes outcomes() {
        return outcomes.build();
    }

    LatencyStats latency() {
        return latencies.build();
    }

    /** round(count / sum, 2) "q/s" as analyze_runs reports it (1 / mean latency), or null. */
    Double throughputQps() {
        if (latencyCount == 0 || latencySum == 0) {
            return null;
        }
        return org.chaosbench.runs.ingest.compat.PyRound.round(latencyCount / latencySum, 2);
    }

    /** Per-family rows: stored counts where metrics.json has them, labels from the rows. */
    Map<String, FamilyAuditRow> familyRows(Map<String, StoredMetrics.Family> stored, BiasThresholds thresholds) {
        Map<String, FamilyAuditRow> rows = new TreeMap<>(CodePointOrder.INSTANCE);
        families.forEach((name, tally) -> rows.put(name, tally.row(stored.get(name), thresholds)));
        stored.forEach((name, s) -> rows.computeIfAbsent(name, n -> FamilyTally.storedOnly(n, s, thresholds)));
        return rows;
    }
}
