package org.chaosbench.runs.report.audit;

import static org.chaosbench.runs.report.audit.MarkdownCells.DASH;
import static org.chaosbench.runs.report.audit.MarkdownCells.code;
import static org.chaosbench.runs.report.audit.MarkdownCells.count;
import static org.chaosbench.runs.report.audit.MarkdownCells.first16;
import static org.chaosbench.runs.report.audit.MarkdownCells.fixed;
import static org.chaosbench.runs.report.audit.MarkdownCells.interval;
import static org.chaosbench.runs.report.audit.MarkdownCells.raw;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.audit.BiasReport;
import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.audit.FamilyAuditRow;
import org.chaosbench.runs.ingest.audit.report.AuditReport;
import org.chaosbench.runs.ingest.audit.report.ChecklistItem;
import org.chaosbench.runs.ingest.audit.report.PairwiseComparison;
import org.chaosbench.runs.ingest.audit.run.DiscoveredRun;
import org.chaosbench.runs.ingest.audit.run.Finding;
import org.chaosbench.runs.ingest.audit.run.LatencyStats;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.compat.PyText;
import org.chaosbench.runs.ingest.dataset.FreezeManifest;
import org.chaosbench.runs.ingest.metrics.Confusion;
import org.chaosbench.runs.report.template.TemplateEngine;

/**
 * RUNS_AUDIT.md: the model of every section of FORMATS 8.6, in that order, each statement
 * computed from the audit; rendered by the template {@value #TEMPLATE}.
 */
public final class AuditMarkdown {
    public static final String TEMPLATE = "audit/RUNS_AUDIT.md.ftlmd";
    public static final String FILE_NAME = "RUNS_AUDIT.md";
    /** FORMATS 8.6: the per-family section covers runs with more items than this. */
    static final long FAMILY_SECTION_MIN_ITEMS = 1000;

    private AuditMarkdown() {
    }

    public static String render(TemplateEngine engine, AuditReport report, List<ChecklistItem> checklist,
            BiasThresholds thresholds, FreezeManifest freeze, Map<String, String> currentFileShas) {
        return engine.render(TEMPLATE, model(report, checklist, thresholds, freeze, currentFileShas));
    }

    static Map<String, Object> model(AuditReport report, List<ChecklistItem> checklist, BiasThresholds thresholds,
            FreezeManifest freeze, Map<String, String> currentFileShas) {
        List<RunAudit> runs = report.runs();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generated", report.generatedUtc().substring(0, 19) + "Z");
        m.put("runCount", runs.size());
        m.put("official", runs.stream().filter(r -> r.verdict().official()).count());
        m.put("exploratory", runs.stream().filter(r -> !r.verdict().official()).count());
        m.put("published", runs.stream().filter(r -> r.source() == DiscoveredRun.Source.PUBLISHED).count());
        m.put("headline", headline(report));
        m.put("inventory", inventory(report));
        m.put("maxGap", raw(PyRound.fixed(thresholds.maxRateGap(), 2)));
        m.put("minRecall", raw(PyRound.fixed(thresholds.minClassRecall(), 2)));
        m.put("bias", runs.stream().filter(r -> total(r) > 0 && r.confusion() != null).map(AuditMarkdown::bias).toList());
        m.put("sha", sha(report, freeze, currentFileShas));
        m.put("verdicts", runs.stream().map(r -> Map.of("runId", code(r.runId()), "verdict", r.verdict().kind().name(),
                "reasons", r.verdict().reasons())).toList());
        m.put("invalid", runs.stream().filter(r -> total(r) > 0).map(AuditMarkdown::invalid).toList());
        List<RunAudit> familyRuns = runs.stream().filter(r -> r.isFullRun() && r.isCanonicalRun()
                && total(r) > FAMILY_SECTION_MIN_ITEMS).toList();
        m.put("familyRuns", familyRuns.stream().map(AuditMarkdown::families).toList());
        m.put("extended", familyRows(familyRuns, "extended_systems"));
        m.put("consistency", familyRows(familyRuns, "consistency_paraphrase"));
        m.put("checklist", checklist.stream().map(c -> Map.of("risk", c.risk(), "status", c.status().label(),
                "notes", c.notes())).toList());
        m.put("performance", runs.stream().filter(r -> total(r) > 0).map(AuditMarkdown::performance).toList());
        m.put("fixes", fixes(runs));
        m.put("pairGroups", pairs(report));
        return m;
    }

    private static long total(RunAudit r) {
        return r.totalItems() == null ? 0 : r.totalItems();
    }

    /** Official runs per item set, best rank first: what may be quoted as a headline. */
    private static List<Map<String, Object>> headline(AuditReport report) {
        Map<String, List<Map<String, Object>>> boards = new LinkedHashMap<>();
        List<RunAudit> runs = report.runs();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).verdict().official() && report.rankOf(i) != null) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing((Integer i) -> report.rankOf(i))
                .thenComparing(i -> -orZero(runs.get(i).balancedAccuracy())));
        for (int i : order) {
            RunAudit r = runs.get(i);
            String board = PyRound.thousands(r.totalItems()) + " items, dataset " + first16(r.manifest().datasetGlobalSha256());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", report.rankOf(i));
            row.put("runId", code(r.runId()));
            row.put("model", r.model());
            row.put("bal", fixed(r.balancedAccuracy(), 4));
            row.put("mcc", fixed(r.mcc(), 4));
            row.put("acc", fixed(r.accuracyValid(), 4));
            row.put("ci", interval(r.wilson()));
            boards.computeIfAbsent(board, b -> new ArrayList<>()).add(row);
        }
        return boards.entrySet().stream().map(e -> Map.<String, Object>of("board", e.getKey(), "rows", e.getValue()))
                .toList();
    }

    private static double orZero(Double x) {
        return x == null ? 0 : x;
    }

    private static List<Map<String, Object>> inventory(AuditReport report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < report.runs().size(); i++) {
            RunAudit r = report.runs().get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("runId", code(r.runId()));
            row.put("provider", String.valueOf(r.provider()));
            row.put("model", String.valueOf(r.model()));
            row.put("n", count(r.totalItems()));
            row.put("bal", fixed(r.balancedAccuracy(), 4));
            row.put("mcc", fixed(r.mcc(), 4));
            row.put("bias", r.bias() == null ? DASH : r.bias().labelBiased() ? "\u26a0\ufe0f BIASED" : "\u2705 OK");
            row.put("status", r.hasErrors() ? "\u26a0\ufe0f WARN" : "\u2705 PASS");
            row.put("verdict", r.verdict().kind().name());
            row.put("acc", fixed(r.accuracyValid(), 4));
            row.put("ci", interval(r.wilson()));
            row.put("rank", report.rankOf(i) == null ? DASH : String.valueOf(report.rankOf(i)));
            row.put("source", r.source() == DiscoveredRun.Source.PUBLISHED ? "published" : "runs");
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> bias(RunAudit r) {
        Confusion c = r.confusion();
        BiasReport b = r.bias();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runId", code(r.runId()));
        m.put("model", code(r.model()));
        m.put("biased", b.labelBiased());
        m.put("gtRate", raw(PyRound.fixed(b.gtTrueRate(), 4) + " (" + b.gtTrue() + "/" + b.nValid() + ")"));
        m.put("predRate", raw(PyRound.fixed(b.predTrueRate(), 4) + " (" + b.predTrue() + "/" + b.nValid() + ")"));
        m.put("score", fixed(b.biasScore(), 4));
        m.put("counts", raw(c.tp() + " / " + c.fp() + " / " + c.tn() + " / " + c.fn()));
        m.put("tpr", fixed(c.tpr(), 4));
        m.put("tnr", fixed(c.tnr(), 4));
        m.put("fpr", fixed(c.fpr(), 4));
        m.put("fnr", fixed(c.fnr(), 4));
        m.put("bal", fixed(c.balancedAccuracy(), 4));
        m.put("mcc", fixed(c.mcc(), 4));
        m.put("dominant", b.dominantLabel());
        m.put("gap", fixed(Math.abs(c.tpr() - c.tnr()), 4));
        return m;
    }

    private static Map<String, Object> sha(AuditReport report, FreezeManifest freeze, Map<String, String> current) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("freeze", report.freezeSha().isEmpty() ? "(no freeze manifest)" : code(report.freezeSha()));
        m.put("recomputed", report.recomputedSha().isEmpty() ? "(could not be computed)" : code(report.recomputedSha()));
        m.put("match", report.shaMatch());
        List<Map<String, Object>> files = new ArrayList<>();
        if (freeze != null) {
            for (FreezeManifest.FrozenFile f : freeze.files()) {
                String now = current.get(f.path());
                files.add(Map.of("path", code(f.path()), "freeze", first16(f.sha256()),
                        "now", now == null ? "(missing)" : first16(now),
                        "match", f.sha256().equals(now) ? "\u2705" : "\u274c"));
            }
        }
        m.put("files", files);
        List<Map<String, Object>> runs = new ArrayList<>();
        for (RunAudit r : report.runs()) {
            String stored = r.manifest() == null ? null : r.manifest().datasetGlobalSha256();
            String status = r.sha().matchesFreezeMethod() ? "\u2705 freeze SHA"
                    : r.hasFinding("sha-legacy-formula") ? "\u26a0\ufe0f legacy formula, same data"
                    : r.manifest() == null ? DASH : "\u274c no match";
            runs.add(Map.of("runId", code(r.runId()), "stored", first16(stored), "status", status));
        }
        m.put("runs", runs);
        return m;
    }

    private static Map<String, Object> invalid(RunAudit r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runId", code(r.runId()));
        m.put("total", count(r.totalItems()));
        m.put("valid", count(r.validCount()));
        m.put("invalid", count(r.invalidCount()));
        m.put("rate", raw(r.invalidCount() == null ? DASH : PyRound.percent((double) r.invalidCount() / r.totalItems(), 4)));
        List<String> ids = r.invalidIds();
        m.put("ids", ids.stream().limit(10).map(MarkdownCells::code).toList());
        m.put("more", ids.size() > 10);
        m.put("categories", r.invalidCategories().isEmpty() ? "" : PyText.reprDictStrInt(sortedCategories(r)));
        m.put("hasPredictions", r.confusion() != null || !ids.isEmpty());
        return m;
    }

    private static Map<String, Long> sortedCategories(RunAudit r) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        r.invalidCategories().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static Map<String, Object> families(RunAudit r) {
        List<FamilyAuditRow> rows = new ArrayList<>(r.families().values());
        rows.sort(Comparator.comparingLong(FamilyAuditRow::total).reversed().thenComparing(FamilyAuditRow::family));
        List<Map<String, Object>> cells = new ArrayList<>();
        for (FamilyAuditRow f : rows) {
            boolean hasLabels = f.labels() != null && f.labels().confusion().total() > 0;
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("family", code(f.family()));
            c.put("n", count(f.total()));
            c.put("acc", fixed(f.accuracyValid(), 3));
            c.put("bal", hasLabels ? fixed(f.labels().confusion().balancedAccuracy(), 3) : raw(DASH));
            c.put("mcc", hasLabels ? fixed(f.labels().confusion().mcc(), 3) : raw(DASH));
            c.put("tpr", hasLabels ? fixed(f.labels().confusion().tpr(), 3) : raw(DASH));
            c.put("tnr", hasLabels ? fixed(f.labels().confusion().tnr(), 3) : raw(DASH));
            c.put("bias", f.bias() == null || !hasLabels ? DASH : f.bias().labelBiased() ? "\u26a0\ufe0f" : "\u2705");
            c.put("ci", interval(f.wilson()));
            c.put("note", raw(f.lowSupport() ? "(low N)" : ""));
            cells.add(c);
        }
        return Map.of("runId", code(r.runId()), "model", code(r.model()), "rows", cells);
    }

    /** One family's figures in each run that has it (sections 6 and 7). */
    private static List<Map<String, Object>> familyRows(List<RunAudit> runs, String family) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RunAudit r : runs) {
            FamilyAuditRow f = r.families().get(family);
            if (f == null) {
                continue;
            }
            boolean hasLabels = f.bias() != null && f.labels() != null && f.labels().confusion().total() > 0;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", code(r.model()));
            m.put("runId", code(r.runId()));
            m.put("n", count(f.total()));
            m.put("acc", fixed(f.accuracyValid(), 4));
            m.put("flip", fixed(1 - f.accuracyValid(), 4));
            m.put("gtRate", hasLabels ? fixed(f.bias().gtTrueRate(), 4) : raw("unknown"));
            m.put("predRate", hasLabels ? fixed(f.bias().predTrueRate(), 4) : raw("unknown"));
            m.put("ci", interval(f.wilson()));
            m.put("lowSupport", f.lowSupport());
            m.put("perfect", f.correct() == f.valid() && f.valid() > 0);
            rows.add(m);
        }
        return rows;
    }

    private static Map<String, Object> performance(RunAudit r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runId", code(r.runId()));
        m.put("workers", r.manifest() == null || r.manifest().workers() == null ? DASH : String.valueOf(r.manifest().workers()));
        m.put("retries", r.manifest() == null || r.manifest().retries() == null ? DASH : String.valueOf(r.manifest().retries()));
        m.put("qps", r.throughputQps() == null ? null : raw(PyRound.fixed(r.throughputQps(), 1)));
        m.put("avgMs", r.throughputQps() == null ? null : raw(PyRound.fixed(1000 / r.throughputQps(), 1)));
        LatencyStats l = r.latency();
        m.put("latency", l == null || l.count() == 0 ? null : raw(String.format(java.util.Locale.ROOT,
                "median %.3f s, p99 %.3f s, max %.3f s over %d answers", l.median(), l.p99(), l.max(), l.count())));
        return m;
    }

    /** One line per (run, finding code) with what to do about it. */
    private static List<Map<String, Object>> fixes(List<RunAudit> runs) {
        List<Map<String, Object>> fixes = new ArrayList<>();
        for (RunAudit r : runs) {
            java.util.Set<String> seen = new java.util.LinkedHashSet<>();
            for (Finding f : r.findings()) {
                if (seen.add(f.code())) {
                    fixes.add(Map.of("runId", code(r.runId()), "severity", f.severity().name(), "code", code(f.code()),
                            "fix", FindingFixes.fixFor(f.code())));
                }
            }
        }
        return fixes;
    }

    private static List<Map<String, Object>> pairs(AuditReport report) {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (int g = 0; g < report.pairGroups().size(); g++) {
            List<Integer> members = report.pairGroups().get(g);
            RunAudit first = report.runs().get(members.get(0));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PairwiseComparison p : report.pairs()) {
                if (p.group() != g) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("first", code(report.runs().get(p.first()).runId()));
                row.put("second", code(report.runs().get(p.second()).runId()));
                row.put("b", count(p.firstOnly()));
                row.put("c", count(p.secondOnly()));
                row.put("p", MarkdownCells.pValue(p.pValue()));
                row.put("holm", MarkdownCells.pValue(p.holmP()));
                row.put("verdict", !p.significant() ? "no significant difference"
                        : "better: " + report.runs().get(p.better()).runId());
                rows.add(row);
            }
            groups.add(Map.of("items", count((long) first.outcomes().items()), "runs", members.size(), "rows", rows));
        }
        return groups;
    }

    static Path target(Path outDir) {
        return outDir.resolve(FILE_NAME);
    }
}
