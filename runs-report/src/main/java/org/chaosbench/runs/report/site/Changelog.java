package org.chaosbench.runs.report.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.io.CodePointOrder;

/** Publications grouped by day, newest first: what the changelog page lists. */
public final class Changelog {
    private Changelog() {
    }

    /** One publication. */
    public record Entry(String runId, String slug, String model, String boardId, String boardTitle, String verdict,
            String publishedUtc) {
    }

    /** One day of publications. */
    public record Day(String date, List<Entry> entries) {
    }

    static List<Day> of(List<SiteRun> runs) {
        List<Entry> entries = new ArrayList<>();
        for (SiteRun r : runs) {
            entries.add(new Entry(r.runId(), r.slug(), r.model(), r.boardId(), r.boardTitle(), r.row().verdict(),
                    r.publishedUtc() == null ? "" : r.publishedUtc()));
        }
        entries.sort(Comparator.comparing(Entry::publishedUtc, CodePointOrder.INSTANCE.reversed())
                .thenComparing(Entry::runId, CodePointOrder.INSTANCE));
        Map<String, List<Entry>> days = new LinkedHashMap<>();
        for (Entry e : entries) {
            String day = e.publishedUtc().length() >= 10 ? e.publishedUtc().substring(0, 10) : "undated";
            days.computeIfAbsent(day, d -> new ArrayList<>()).add(e);
        }
        List<Day> result = new ArrayList<>();
        days.forEach((d, list) -> result.add(new Day(d, List.copyOf(list))));
        return result;
    }
}
