package org.chaosbench.runs.report.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import freemarker.template.TemplateModelException;

import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.audit.run.DiscoveredRun;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.audit.run.RunAuditor;
import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.policy.PolicyContext;
import org.chaosbench.runs.report.template.EscapingOutputFormat;
import org.chaosbench.runs.report.template.TemplateEngine;
import org.chaosbench.runs.report.template.TextEscapes;

/**
 * Regenerates published_results/runs/README.md from the run folders on disk, under the
 * published dir's lock (after cleaning what a killed writer left, see {@link Leftovers}). The templates are {@code .ftlmd}, so every value is Markdown-escaped
 * by construction; the run id cell is the one value passed as markup, and that markup is made
 * by {@link TextEscapes#markdownCode}. Both escapes leave the characters of real run ids and
 * providers ({@code 20260221T120000Z_ollama_qwen2.5:14b}, {@code ollama/qwen2.5:14b}) as they
 * are, so the original format stays byte-exact for them, while a hostile value (a {@code |} or
 * a line break in a provider) cannot break out of its cell, which the original would allow.
 */
public final class PublishedIndex {
    public static final String FILE_NAME = "README.md";

    private PublishedIndex() {
    }

    /**
     * Writes {@code <publishedDir>/README.md}.
     *
     * @param policy the policy context for the full format's verdicts; asked only for that format
     */
    public static IndexResult regenerate(Path publishedDir, IndexFormat format, Supplier<PolicyContext> policy) {
        try (PublishedDirLock lock = PublishedDirLock.acquire(publishedDir)) {
            Leftovers.clean(publishedDir);
            Path readme = publishedDir.resolve(FILE_NAME);
            List<String> warnings = new ArrayList<>();
            List<IndexRow> rows = IndexRows.readAll(publishedDir, warnings);
            if (format == IndexFormat.FULL) {
                rows = audited(rows, policy.get());
            }
            List<String> dropped = dropped(ListedRuns.read(readme), rows);
            if (!dropped.isEmpty()) {
                warnings.add(readme + " listed " + dropped.size() + " run(s) that have no folder under "
                        + publishedDir + "; dropped from the index: " + String.join(", ", dropped));
            }
            AtomicFiles.writeString(readme, render(rows, format));
            return new IndexResult(readme, format, rows, dropped, warnings);
        }
    }

    /** The README text for these rows. */
    public static String render(List<IndexRow> rows, IndexFormat format) {
        List<Map<String, Object>> model = new ArrayList<>();
        for (IndexRow r : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", codeSpan(r.runId()));
            row.put("provider", r.provider());
            row.put("n", r.n());
            row.put("acc", r.accuracyValid());
            row.put("bal", r.balancedAccuracy());
            row.put("mcc", r.mcc());
            row.put("date", r.date());
            row.put("ci", interval(r.wilson()));
            row.put("verdict", r.verdict() == null ? IndexCells.DASH : r.verdict().kind().name());
            model.add(row);
        }
        return TemplateEngine.bundled().render(format.template(), Map.of("rows", model));
    }

    private static List<IndexRow> audited(List<IndexRow> rows, PolicyContext context) {
        List<IndexRow> out = new ArrayList<>();
        for (IndexRow r : rows) {
            RunAudit audit = RunAuditor.audit(new DiscoveredRun(r.dir(), DiscoveredRun.Source.PUBLISHED), context,
                    BiasThresholds.DEFAULTS);
            out.add(r.withAudit(audit.wilson(), audit.verdict()));
        }
        return out;
    }

    private static List<String> dropped(List<String> listed, List<IndexRow> rows) {
        Set<String> present = new LinkedHashSet<>();
        rows.forEach(r -> present.add(r.runId()));
        return listed.stream().filter(id -> !present.contains(id)).distinct().toList();
    }

    private static String interval(WilsonInterval w) {
        // An en dash rather than brackets, which Markdown would escape.
        return w == null ? IndexCells.DASH : PyRound.fixed(w.lo(), 4) + "\u2013" + PyRound.fixed(w.hi(), 4);
    }

    private static Object codeSpan(String id) {
        try {
            return EscapingOutputFormat.MARKDOWN.fromMarkup(TextEscapes.markdownCode(id));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
