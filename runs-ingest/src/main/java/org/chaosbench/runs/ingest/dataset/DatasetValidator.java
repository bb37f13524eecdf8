package org.chaosbench.runs.ingest.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;
import org.chaosbench.runs.ingest.io.TextLines;

/**
 * Checks dataset files against the strict v2 item schema: the six keys, {@code TRUE}/{@code
 * FALSE} labels, ids unique across all files, valid UTF-8. Strict mode throws the first
 * problem as {@code path:line: what is wrong}; lenient mode collects every problem.
 */
public final class DatasetValidator {
    private final boolean lenient;
    private final List<InvalidInputException> problems = new ArrayList<>();
    private final Map<String, String> firstSeen = new HashMap<>();
    private final Map<String, long[]> families = new LinkedHashMap<>();
    private final List<ValidationReport.FileSummary> files = new ArrayList<>();

    private DatasetValidator(boolean lenient) {
        this.lenient = lenient;
    }

    public static ValidationReport validate(Selector selector, boolean lenient) {
        DatasetValidator v = new DatasetValidator(lenient);
        List<String> seenFiles = new ArrayList<>();
        for (String file : selector.files()) {
            if (seenFiles.contains(file)) {
                v.report(new InvalidInputException(selector.path(), "field \"files\" lists \"" + file + "\" twice"));
                continue;
            }
            seenFiles.add(file);
            v.checkFile(file, selector.resolve(file));
        }
        return v.report();
    }

    /** Checks one JSONL file on its own (a subset file, for instance). */
    public static ValidationReport validateFile(Path file, boolean lenient) {
        DatasetValidator v = new DatasetValidator(lenient);
        v.checkFile(file.toString(), file);
        return v.report();
    }

    private ValidationReport report() {
        Map<String, ValidationReport.LabelCounts> counts = new LinkedHashMap<>();
        families.forEach((family, c) -> counts.put(family, new ValidationReport.LabelCounts(c[0], c[1], c[2])));
        return new ValidationReport(List.copyOf(files), counts, List.copyOf(problems));
    }

    private void checkFile(String name, Path path) {
        if (!Files.isRegularFile(path)) {
            report(new InvalidInputException(path, "dataset file not found"));
            return;
        }
        long[] counts = new long[3];
        TextLines.forEach(path, (line, text) -> checkLine(path, line, text, counts), this::report);
        if (counts[0] == 0) {
            report(new InvalidInputException(path, "the file holds no item"));
        }
        files.add(new ValidationReport.FileSummary(name, counts[0], counts[1], counts[2]));
    }

    private void checkLine(Path path, int line, String text, long[] fileCounts) {
        ObjectNode item;
        try {
            item = JsonFiles.parseLine(path, line, text);
        } catch (InvalidInputException e) {
            report(e);
            return;
        }
        for (String problem : ItemRules.problems(item)) {
            report(new InvalidInputException(path, line, problem));
        }
        String id = item.path("id").isTextual() ? item.get("id").textValue() : null;
        if (id != null) {
            String where = path + ":" + line;
            String first = firstSeen.putIfAbsent(id, where);
            if (first != null) {
                report(new InvalidInputException(path, line, "duplicate id \"" + id + "\" (first at " + first + ")"));
            }
        }
        String label = item.path("ground_truth").asText("");
        String family = item.path("type").isTextual() ? item.get("type").textValue() : "unknown";
        long[] fam = families.computeIfAbsent(family, f -> new long[3]);
        count(fileCounts, label);
        count(fam, label);
    }

    private static void count(long[] counts, String label) {
        counts[0]++;
        if (DatasetItem.TRUE.equals(label)) {
            counts[1]++;
        } else if (DatasetItem.FALSE.equals(label)) {
            counts[2]++;
        }
    }

    private void report(InvalidInputException problem) {
        if (!lenient) {
            throw problem;
        }
        problems.add(problem);
    }
}
