package org.chaosbench.runs.report.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.chaosbench.runs.ingest.audit.FamilyAuditRow;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;
import org.chaosbench.runs.ingest.run.RunFiles;
import org.chaosbench.runs.ingest.run.RunManifest;

/** Builds the page model of each run: provenance, summary, families, files, comparisons. */
final class RunPages {
    /** The files of a run folder the site links to (FORMATS 7), in the order they are listed. */
    static final List<String> PUBLISHED_FILES = List.of(RunManifest.FILE_NAME, RunFiles.METRICS, RunFiles.SUMMARY,
            "publish_receipt.json", "predictions_subset.jsonl.gz");

    private RunPages() {
    }

    static SiteRun of(SiteModel model, int index, Map<String, List<SiteRun.Comparison>> comparisons,
            SummaryCache summaries) {
        RunAudit run = model.runs().get(index);
        String slug = model.slugs().get(index);
        Board board = model.board(model.boardOf().get(index));
        RunManifest m = run.manifest();
        String published = publishedUtc(run.runDir(), m);
        List<SiteRun.FileLink> files = new ArrayList<>();
        for (String name : PUBLISHED_FILES) {
            if (Files.isRegularFile(run.runDir().resolve(name))) {
                files.add(new SiteRun.FileLink(name, "files/" + slug + "/" + name));
            }
        }
        return new SiteRun(run, slug, run.runId(), model.rowsBySlug().get(slug).model(),
                model.rowsBySlug().get(slug).provider(), board.id(), board.title(), model.rowsBySlug().get(slug),
                published, provenance(run, m, published), summary(run.runDir(), summaries), run.confusion(), families(run),
                run.findings(), files, comparisons.getOrDefault(slug, List.of()));
    }

    private static List<SiteRun.Field> provenance(RunAudit run, RunManifest m, String published) {
        List<SiteRun.Field> f = new ArrayList<>();
        f.add(new SiteRun.Field("Run id", run.runId()));
        if (m != null) {
            f.add(new SiteRun.Field("Provider", text(m.provider())));
            f.add(new SiteRun.Field("Git commit", text(m.gitCommit())));
            f.add(new SiteRun.Field("Dataset SHA-256", text(m.datasetGlobalSha256())));
            f.add(new SiteRun.Field("Canonical selector", text(m.canonicalSelector())));
            f.add(new SiteRun.Field("Prompt version", text(m.promptVersion())));
            f.add(new SiteRun.Field("Prompt hash", text(m.promptHash())));
            f.add(new SiteRun.Field("Items evaluated", Numbers.count(m.totalItemsEvaluated())));
            f.add(new SiteRun.Field("max_items", m.maxItems() == null ? "null" : m.maxItems().toString()));
            f.add(new SiteRun.Field("Seed", text(m.seed())));
            f.add(new SiteRun.Field("Workers", text(m.workers())));
            f.add(new SiteRun.Field("Retries", text(m.retries())));
            f.add(new SiteRun.Field("Order", text(m.orderMode()) + (m.shuffleSeed() == null ? ""
                    : " (shuffle seed " + m.shuffleSeed() + ")")));
            f.add(new SiteRun.Field("Resumed from", text(m.resumedFrom())));
            f.add(new SiteRun.Field("Runtime", text(m.pythonVersion())));
            f.add(new SiteRun.Field("Finished (created_utc)", text(m.createdUtc())));
        }
        f.add(new SiteRun.Field("Published", text(published)));
        f.add(new SiteRun.Field("Source", run.source() == org.chaosbench.runs.ingest.audit.run.DiscoveredRun.Source.RUNS
                ? "live run folder" : "published run folder"));
        return f;
    }

    private static String text(Object value) {
        return value == null ? Numbers.NONE : value.toString();
    }

    /** publish_receipt.json's published_utc, else created_utc; a broken receipt falls back too. */
    static String publishedUtc(Path runDir, RunManifest m) {
        Path receipt = runDir.resolve("publish_receipt.json");
        if (Files.isRegularFile(receipt)) {
            try {
                JsonNode utc = JsonFiles.readObject(receipt).get("published_utc");
                if (utc != null && utc.isTextual()) {
                    return utc.textValue();
                }
            } catch (InvalidInputException | UncheckedIOException e) {
                // Shown among the run's files; the date falls back to the manifest's.
            }
        }
        return m == null ? null : m.createdUtc();
    }

    private static String summary(Path runDir, SummaryCache summaries) {
        Path file = new RunFiles(runDir).summary();
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return summaries.render(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<SiteRun.FamilyLine> families(RunAudit run) {
        List<SiteRun.FamilyLine> lines = new ArrayList<>();
        for (FamilyAuditRow f : run.families().values()) {
            lines.add(new SiteRun.FamilyLine(f.family(), Numbers.count(f.total()), Numbers.count(f.valid()),
                    Numbers.fixed3(f.coverage()), Numbers.fixed3(f.accuracyValid()),
                    f.wilson() == null ? Numbers.NONE
                            : Numbers.fixed3(f.wilson().lo()) + "\u2013" + Numbers.fixed3(f.wilson().hi()),
                    f.lowSupport()));
        }
        return lines;
    }
}
