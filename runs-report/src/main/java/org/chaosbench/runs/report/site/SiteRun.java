package org.chaosbench.runs.report.site;

import java.util.List;

import org.chaosbench.runs.ingest.audit.run.Finding;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.metrics.Confusion;

/**
 * Everything the page of one run shows, formatted.
 *
 * @param audit the audit behind the page (not for templates: they get the formatted fields)
 * @param publishedUtc from publish_receipt.json, else the manifest's created_utc; null if neither
 * @param summaryHtml summary.md rendered by {@link SummaryHtml} (escaped), null without the file
 * @param confusion from predictions, null without them
 * @param files copies of the run's files inside the site, relative to the site root
 */
public record SiteRun(RunAudit audit, String slug, String runId, String model, String provider, String boardId,
        String boardTitle, BoardRow row, String publishedUtc, List<Field> provenance, String summaryHtml,
        Confusion confusion, List<FamilyLine> families, List<Finding> findings, List<FileLink> files,
        List<Comparison> comparisons) {

    /** A label and its value in the provenance block. */
    public record Field(String label, String value) {
    }

    /** One family of the run, figures formatted; {@code ci} is the Wilson 95% interval. */
    public record FamilyLine(String family, String total, String valid, String coverage, String accuracy, String ci,
            boolean lowSupport) {
    }

    /** A published file copied into the site. */
    public record FileLink(String name, String href) {
    }

    /**
     * McNemar's exact test against another run of the same board, over the items both answered.
     *
     * @param onlyThis items this run got right and the other wrong
     * @param pHolm p adjusted with Holm over all comparisons of the board
     */
    public record Comparison(String otherRunId, String otherSlug, String otherModel, long shared, long onlyThis,
            long onlyOther, String p, String pHolm, boolean significant) {
    }

    /** This page's model without the audit behind it, which the bundled run page does not read. */
    SiteRun withoutAudit() {
        return new SiteRun(null, slug, runId, model, provider, boardId, boardTitle, row, publishedUtc, provenance,
                summaryHtml, confusion, families, findings, files, comparisons);
    }

    public String date() {
        return publishedUtc == null || publishedUtc.length() < 10 ? Numbers.NONE : publishedUtc.substring(0, 10);
    }
}
