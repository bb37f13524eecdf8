package org.chaosbench.runs.report.paper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.chaosbench.runs.ingest.audit.FamilyAuditRow;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.io.CodePointOrder;
import org.chaosbench.runs.report.chart.AuditChartData;

/**
 * The plain model (maps, lists, strings) that the paper templates read. Everything is
 * pre-formatted here; templates only place and escape. No generation time is included, so the
 * same audit gives byte-identical files.
 */
final class PaperModel {
    private PaperModel() {
    }

    static Map<String, Object> of(List<PaperBoard> boards, List<RunAudit> official, int exploratory,
            List<RunAudit> unplaced, PaperFigures.Written figures) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> boardModels = new ArrayList<>();
        for (PaperBoard b : boards) {
            boardModels.add(board(b, figures));
        }
        m.put("boards", boardModels);
        m.put("officialCount", official.size());
        m.put("exploratoryCount", exploratory);
        m.put("unplaced", unplaced.stream().map(RunAudit::runId).toList());
        m.put("subsetFigure", figures.subsetSizes() == null ? "" : figures.subsetSizes());
        List<Map<String, Object>> confusions = new ArrayList<>();
        figures.confusions().forEach((run, file) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("runId", run.runId());
            c.put("model", AuditChartData.labels(List.of(run)).get(0));
            c.put("file", file);
            c.put("slug", file.substring(file.lastIndexOf('/') + 1));
            confusions.add(c);
        });
        m.put("confusions", confusions);
        return m;
    }

    private static Map<String, Object> board(PaperBoard b, PaperFigures.Written figures) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", b.slug());
        m.put("title", b.title());
        m.put("items", PaperNumbers.thousands(b.items()));
        m.put("itemsRaw", Long.toString(b.items()));
        m.put("full", b.full());
        m.put("sha", b.datasetSha());
        m.put("shaShort", b.datasetSha().length() > 12 ? b.datasetSha().substring(0, 12) : b.datasetSha());
        m.put("accuracyFigure", figures.accuracy().getOrDefault(b.slug(), ""));
        m.put("heatmapFigure", figures.heatmaps().getOrDefault(b.slug(), ""));

        List<String> labels = tableLabels(b.runs());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < b.entries().size(); i++) {
            rows.add(row(b.entries().get(i), labels.get(i)));
        }
        m.put("rows", rows);

        TreeSet<String> familyNames = new TreeSet<>(CodePointOrder.INSTANCE);
        b.runs().forEach(r -> familyNames.addAll(r.families().keySet()));
        m.put("families", List.copyOf(familyNames));
        List<Map<String, Object>> matrix = new ArrayList<>();
        List<Map<String, Object>> familyRows = new ArrayList<>();
        for (int i = 0; i < b.entries().size(); i++) {
            RunAudit r = b.entries().get(i).run();
            List<Map<String, Object>> cells = new ArrayList<>();
            for (String family : familyNames) {
                FamilyAuditRow f = r.families().get(family);
                Map<String, Object> cell = new LinkedHashMap<>();
                boolean present = f != null && f.valid() > 0;
                cell.put("acc", present ? PaperNumbers.fixed(f.accuracyValid(), 3) : "");
                cell.put("low", present && f.lowSupport());
                cells.add(cell);
                if (f != null) {
                    familyRows.add(familyRow(r, labels.get(i), f));
                }
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("model", labels.get(i));
            line.put("runId", r.runId());
            line.put("cells", cells);
            matrix.add(line);
        }
        m.put("matrix", matrix);
        m.put("familyRows", familyRows);
        return m;
    }

    /**
     * The Model column: the model as the manifest names it (the provider has its own column);
     * a model listed twice on a board gets its run id, so the rows stay distinguishable.
     */
    static List<String> tableLabels(List<RunAudit> runs) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        runs.forEach(r -> counts.merge(modelOf(r), 1, Integer::sum));
        return runs.stream().map(r -> counts.get(modelOf(r)) > 1 ? modelOf(r) + " (" + r.runId() + ")" : modelOf(r))
                .toList();
    }

    private static String modelOf(RunAudit r) {
        return r.model() == null ? r.runId() : r.model();
    }

    private static Map<String, Object> row(PaperBoard.Entry e, String label) {
        RunAudit r = e.run();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rank", Integer.toString(e.rank()));
        m.put("model", label);
        m.put("provider", r.provider() == null ? "" : r.provider());
        m.put("runId", r.runId());
        m.put("n", PaperNumbers.thousands(r.totalItems()));
        m.put("nRaw", PaperNumbers.count(r.totalItems()));
        m.put("valid", PaperNumbers.count(r.validCount()));
        for (int d : new int[] {3, 4}) {
            m.put("acc" + d, PaperNumbers.fixed(r.accuracyValid(), d));
            m.put("lo" + d, PaperNumbers.fixed(r.wilson().lo(), d));
            m.put("hi" + d, PaperNumbers.fixed(r.wilson().hi(), d));
            m.put("bal" + d, PaperNumbers.fixed(r.balancedAccuracy(), d));
            m.put("mcc" + d, PaperNumbers.fixed(r.mcc(), d));
            m.put("cov" + d, PaperNumbers.fixed(r.coverage(), d));
        }
        m.put("bias", r.bias() == null ? "" : r.bias().biasVerdict());
        String created = r.manifest() == null ? null : r.manifest().createdUtc();
        m.put("date", created == null || created.length() < 10 ? "" : created.substring(0, 10));
        return m;
    }

    private static Map<String, Object> familyRow(RunAudit r, String label, FamilyAuditRow f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", label);
        m.put("provider", r.provider() == null ? "" : r.provider());
        m.put("runId", r.runId());
        m.put("family", f.family());
        m.put("total", Long.toString(f.total()));
        m.put("valid", Long.toString(f.valid()));
        m.put("correct", Long.toString(f.correct()));
        boolean any = f.valid() > 0;
        m.put("acc4", any ? PaperNumbers.fixed(f.accuracyValid(), 4) : "");
        m.put("lo4", any ? PaperNumbers.fixed(f.wilson().lo(), 4) : "");
        m.put("hi4", any ? PaperNumbers.fixed(f.wilson().hi(), 4) : "");
        m.put("lowSupport", f.lowSupport() ? "yes" : "no");
        return m;
    }
}
