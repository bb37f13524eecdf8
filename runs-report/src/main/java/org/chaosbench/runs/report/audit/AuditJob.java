package org.chaosbench.runs.report.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chaosbench.runs.ingest.audit.report.AuditJson;
import org.chaosbench.runs.ingest.audit.report.AuditReport;
import org.chaosbench.runs.ingest.audit.report.Checklist;
import org.chaosbench.runs.ingest.audit.report.ChecklistItem;
import org.chaosbench.runs.ingest.audit.report.GitTrackedRuns;
import org.chaosbench.runs.ingest.audit.report.PaperTables;
import org.chaosbench.runs.ingest.audit.run.AuditContext;
import org.chaosbench.runs.ingest.audit.run.DiscoveredRun;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.audit.run.RunAuditor;
import org.chaosbench.runs.ingest.audit.run.RunDiscovery;
import org.chaosbench.runs.ingest.dataset.FileFingerprint;
import org.chaosbench.runs.ingest.dataset.FreezeManifest;
import org.chaosbench.runs.ingest.dataset.GlobalFingerprint;
import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.policy.PolicyContext;
import org.chaosbench.runs.report.template.TemplateEngine;

/**
 * The audit stage (FORMATS 8, issue 4): discovers runs, audits them in parallel, and writes
 * audit.json, RUNS_AUDIT.md and the paper tables. Bad run content never throws (it becomes
 * findings); bad configuration (a malformed freeze manifest, an unreadable prompt template,
 * a missing template folder) throws {@link InvalidInputException} before anything is written.
 */
public final class AuditJob {
    private AuditJob() {
    }

    public static AuditResult run(AuditRequest request, Clock clock) {
        Path root = request.root();
        PolicyContext policy = ProjectPolicy.load(root, request.freezeManifest(), request.promptHashes(),
                request.subsetSizes());
        TemplateEngine engine = TemplateEngine.withOverrides(request.templateDir());
        AuditContext context = AuditContext.of(policy, request.thresholds());

        List<DiscoveredRun> discovered = RunDiscovery.discover(request.runsDir(), request.publishedDir());
        List<RunAudit> audits = auditAll(discovered, context, request.threads());

        FreezeManifest freeze = policy.freezeManifest();
        GlobalFingerprint now = currentFingerprint(root, freeze);
        AuditReport report = AuditReport.build(audits, clock.instant(), context.freezeSha(),
                now == null ? "" : now.sha256());
        List<ChecklistItem> checklist = Checklist.of(report, GitTrackedRuns.find(root, request.runsDir()));

        List<Path> written = new ArrayList<>();
        written.add(AuditJson.write(request.outDir(), report, checklist));
        Path markdown = AuditMarkdown.target(request.outDir());
        AtomicFiles.writeString(markdown, AuditMarkdown.render(engine, report, checklist, request.thresholds(), freeze,
                now == null ? Map.of() : fileShas(now)));
        written.add(markdown);
        if (request.paperAssetsDir() != null) {
            PaperTables.writeOfficial(request.paperAssetsDir(), report);
            written.add(request.paperAssetsDir().resolve(PaperTables.BASELINES_CSV));
            written.add(request.paperAssetsDir().resolve(PaperTables.BASELINES_MD));
            written.add(request.paperAssetsDir().resolve(PaperTables.BY_FAMILY_CSV));
        }
        java.util.Set<String> publishedNames = new java.util.HashSet<>();
        RunDiscovery.discover(null, request.publishedDir()).forEach(d -> publishedNames.add(d.dir().getFileName().toString()));
        return new AuditResult(report, checklist, written, request.failOn(),
                failing(report, request.failOn(), publishedNames));
    }

    /** In parallel, results in discovery order; each worker holds one run's tally at a time. */
    private static List<RunAudit> auditAll(List<DiscoveredRun> runs, AuditContext context, int threads) {
        if (threads == 1 || runs.size() < 2) {
            return runs.stream().map(r -> RunAuditor.audit(r, context)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, runs.size()), r -> {
            Thread t = new Thread(r, "chaosbench-audit");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunAudit>> futures = new ArrayList<>();
            for (DiscoveredRun run : runs) {
                futures.add(pool.submit(() -> RunAuditor.audit(run, context)));
            }
            List<RunAudit> audits = new ArrayList<>();
            for (Future<RunAudit> f : futures) {
                audits.add(f.get());
            }
            return audits;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("audit interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The canonical files now, over the freeze's selector (else the default); null when unreadable. */
    private static GlobalFingerprint currentFingerprint(Path root, FreezeManifest freeze) {
        String selector = freeze != null && freeze.canonicalSelector() != null ? freeze.canonicalSelector()
                : Selector.DEFAULT_PATH;
        if (!Files.isRegularFile(root.resolve(selector))) {
            return null;
        }
        try {
            return GlobalFingerprint.compute(Selector.read(root, selector), GlobalFingerprint.Formula.COUNTED);
        } catch (RuntimeException e) {
            // A missing data file: the report says the SHA could not be computed (the original crashes).
            return null;
        }
    }

    private static Map<String, String> fileShas(GlobalFingerprint now) {
        Map<String, String> shas = new LinkedHashMap<>();
        for (Map.Entry<String, FileFingerprint> e : now.files().entrySet()) {
            shas.put(e.getKey(), e.getValue().sha256());
        }
        return shas;
    }

    /**
     * A run found under runs/ and also published is audited once, from runs/ (FORMATS 8.3),
     * but it is still a published run for the policy gate.
     */
    private static List<RunAudit> failing(AuditReport report, FailOn failOn, java.util.Set<String> publishedNames) {
        return switch (failOn) {
            case NONE -> List.of();
            case ERROR -> report.runs().stream().filter(RunAudit::hasErrors).toList();
            case EXPLORATORY_PUBLISHED -> report.runs().stream()
                    .filter(r -> (r.source() == DiscoveredRun.Source.PUBLISHED
                            || publishedNames.contains(r.runDir().getFileName().toString())) && !r.verdict().official())
                    .toList();
        };
    }
}
