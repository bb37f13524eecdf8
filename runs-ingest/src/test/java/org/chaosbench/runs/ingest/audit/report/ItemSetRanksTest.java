package org.chaosbench.runs.ingest.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.run.RunManifest;

/** Ranks are computed only within an item set (same total_items and same dataset SHA). */
class ItemSetRanksTest {

    static RunAudit run(String id, long total, RunManifest manifest, WilsonInterval wilson) {
        return Audits.run(id, "ollama", id, total, total, 0, 0.5, 0.5, 0.5, 0.0, 1.0, null, true, Map.of(), wilson,
                manifest, Audits.OFFICIAL);
    }

    @Test
    void ranksWithinEachItemSet() {
        RunManifest shaA = Audits.manifest("aaaa");
        List<RunAudit> runs = List.of(
                run("x", 100, shaA, new WilsonInterval(0.8, 0.9)),
                // Y's upper bound 0.7 is below X's lower bound 0.8: one run is surely better.
                run("y", 100, shaA, new WilsonInterval(0.5, 0.7)),
                // Z overlaps both X and Y: nobody is surely above it.
                run("z", 100, shaA, new WilsonInterval(0.65, 0.85)),
                // Same SHA but another size (a subset run): its own set, so rank 1 despite X.
                run("subset", 50, shaA, new WilsonInterval(0.1, 0.2)),
                // Other data: its own set as well.
                run("other-data", 100, Audits.manifest("bbbb"), new WilsonInterval(0.1, 0.2)),
                // Without a manifest (SHA unknown) or an interval there is nothing to rank on.
                run("no-manifest", 100, null, new WilsonInterval(0.1, 0.2)),
                run("no-wilson", 100, shaA, null));
        AuditReport report = AuditReport.build(runs, Instant.EPOCH, "", "");
        assertThat(report.ranks()).containsExactly(1, 2, 1, 1, 1, null, null);
    }

    @Test
    void boundsAreComparedAsPrinted() {
        RunManifest sha = Audits.manifest("aaaa");
        // Unrounded 0.70001 > 0.7000 would separate them; printed, both read 0.7 and tie.
        List<RunAudit> runs = List.of(run("a", 10, sha, new WilsonInterval(0.70001, 0.9)),
                run("b", 10, sha, new WilsonInterval(0.5, 0.7)));
        assertThat(AuditReport.build(runs, Instant.EPOCH, "", "").ranks()).containsExactly(1, 1);
    }

    @Test
    void theGlobalShaMatchIsPlainEquality() {
        RunAudit r = run("a", 10, Audits.manifest("ffff"), WilsonInterval.of(1, 2));
        AuditReport report = AuditReport.build(List.of(r), Instant.EPOCH, "ffff", "ffff");
        assertThat(report.shaMatch()).isTrue();
        assertThat(AuditReport.build(List.of(r), Instant.EPOCH, "", "").shaMatch()).isTrue();
        assertThat(AuditReport.build(List.of(r), Instant.EPOCH, "", "ffff").shaMatch()).isFalse();
        assertThat(report.generatedUtc()).isEqualTo("1970-01-01T00:00:00+00:00");
    }
}
