package org.chaosbench.runs.report.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.audit.report.AuditReport;
import org.chaosbench.runs.ingest.audit.report.PairwiseComparison;
import org.chaosbench.runs.ingest.compat.PyRound;

/**
 * The audit's pairwise McNemar tests (runs that answered exactly the same items, Holm-corrected
 * per item set), arranged per run page: each test appears on both runs' pages, seen from that run.
 */
final class Comparisons {
    private Comparisons() {
    }

    /** Comparisons per run slug; runs without predictions get none. */
    static Map<String, List<SiteRun.Comparison>> of(AuditReport report, SiteModel model) {
        Map<String, List<SiteRun.Comparison>> result = new HashMap<>();
        for (PairwiseComparison p : report.pairs()) {
            int a = p.first();
            int b = p.second();
            String pText = PyRound.fixed(p.pValue(), 4);
            String holmText = PyRound.fixed(p.holmP(), 4);
            result.computeIfAbsent(model.slugs().get(a), s -> new ArrayList<>()).add(comparison(model, b, p.items(),
                    p.firstOnly(), p.secondOnly(), pText, holmText, p.significant()));
            result.computeIfAbsent(model.slugs().get(b), s -> new ArrayList<>()).add(comparison(model, a, p.items(),
                    p.secondOnly(), p.firstOnly(), pText, holmText, p.significant()));
        }
        return result;
    }

    private static SiteRun.Comparison comparison(SiteModel model, int other, long shared, long onlyThis,
            long onlyOther, String p, String holm, boolean significant) {
        String slug = model.slugs().get(other);
        return new SiteRun.Comparison(model.runs().get(other).runId(), slug, model.rowsBySlug().get(slug).model(),
                shared, onlyThis, onlyOther, p, holm, significant);
    }
}
