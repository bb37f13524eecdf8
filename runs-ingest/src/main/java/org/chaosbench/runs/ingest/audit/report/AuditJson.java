package org.chaosbench.runs.ingest.audit.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.io.AtomicFiles;

/**
 * audit.json: the top level of the original summary.json (same keys, same order) with richer
 * per-run objects ({@link RunJson}). Pretty, no trailing newline, written atomically so a
 * reader never sees half a file.
 */
public final class AuditJson {

    public static final String FILE_NAME = "audit.json";

    static final String SHA_MATCH_TEXT = "The freeze manifest's global SHA equals the SHA recomputed from the "
            + "canonical dataset files now: the data on disk is the frozen data.";
    static final String SHA_MISMATCH_TEXT = "The freeze manifest's global SHA differs from the SHA recomputed from "
            + "the canonical dataset files now (or there is no freeze manifest): the data on disk is not the frozen "
            + "data, so no run can be checked against it; restore the frozen files or write the freeze manifest.";

    private AuditJson() {
    }

    public static Map<String, Object> toJson(AuditReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generated_utc", report.generatedUtc());
        m.put("freeze_sha", report.freezeSha());
        m.put("recomputed_sha", report.recomputedSha());
        m.put("sha_match", report.shaMatch());
        m.put("sha_mismatch_explanation", report.shaMatch() ? SHA_MATCH_TEXT : SHA_MISMATCH_TEXT);
        List<Object> runs = new ArrayList<>();
        for (int i = 0; i < report.runs().size(); i++) {
            runs.add(RunJson.of(report, i));
        }
        m.put("runs", runs);
        return m;
    }

    /** The summary object plus what the original lacks: the computed checklist and the pairwise tests. */
    public static Map<String, Object> toJson(AuditReport report, List<ChecklistItem> checklist) {
        Map<String, Object> m = toJson(report);
        List<Object> checks = new ArrayList<>();
        for (ChecklistItem c : checklist) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("risk", c.risk());
            item.put("status", c.status().name());
            item.put("notes", c.notes());
            checks.add(item);
        }
        m.put("checklist", checks);
        m.put("pairwise", pairwise(report));
        return m;
    }

    private static List<Object> pairwise(AuditReport report) {
        List<Object> groups = new ArrayList<>();
        for (int g = 0; g < report.pairGroups().size(); g++) {
            List<Integer> members = report.pairGroups().get(g);
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("item_count", report.runs().get(members.get(0)).outcomes().items());
            group.put("run_ids", members.stream().map(i -> report.runs().get(i).runId()).toList());
            List<Object> tests = new ArrayList<>();
            for (PairwiseComparison p : report.pairs()) {
                if (p.group() == g) {
                    Map<String, Object> t = new LinkedHashMap<>();
                    t.put("first", report.runs().get(p.first()).runId());
                    t.put("second", report.runs().get(p.second()).runId());
                    t.put("first_only_correct", p.firstOnly());
                    t.put("second_only_correct", p.secondOnly());
                    t.put("p_value", p.pValue());
                    t.put("p_holm", p.holmP());
                    t.put("significant", p.significant());
                    tests.add(t);
                }
            }
            group.put("tests", tests);
            groups.add(group);
        }
        return groups;
    }

    public static String render(AuditReport report) {
        return PyJson.pretty(toJson(report));
    }

    /** Writes outDir/audit.json and returns its path. */
    public static Path write(Path outDir, AuditReport report) {
        Path target = outDir.resolve(FILE_NAME);
        AtomicFiles.writeString(target, render(report));
        return target;
    }

    /** Writes outDir/audit.json with the checklist and the pairwise tests. */
    public static Path write(Path outDir, AuditReport report, List<ChecklistItem> checklist) {
        Path target = outDir.resolve(FILE_NAME);
        AtomicFiles.writeString(target, PyJson.pretty(toJson(report, checklist)));
        return target;
    }
}
