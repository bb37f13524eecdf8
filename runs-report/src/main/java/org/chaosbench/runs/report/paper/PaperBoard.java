package org.chaosbench.runs.report.paper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.audit.TieAwareRank;
import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.report.chart.Charts;

/**
 * The official runs that answered the same questions, ranked among themselves: same number of
 * items and same stored dataset SHA, the item-set rule of the audit's ranks. Boards are never
 * mixed (a 1k subset is not compared with the full set).
 *
 * @param slug file-name and LaTeX-label part, e.g. {@code full-cfcfcc12} or {@code n1000-cfcfcc12}
 * @param entries in rank order
 */
public record PaperBoard(String slug, long items, String datasetSha, boolean full, List<Entry> entries) {

    /** A run on the board with its tie-aware rank among the board's runs. */
    public record Entry(RunAudit run, int rank) {
    }

    public PaperBoard {
        entries = List.copyOf(entries);
    }

    public List<RunAudit> runs() {
        return entries.stream().map(Entry::run).toList();
    }

    /**
     * Boards of the given runs, largest item count first; runs lacking a total, a SHA or an
     * interval cannot be placed and are left out (see {@link #unplaced}).
     */
    public static List<PaperBoard> of(List<RunAudit> runs) {
        Map<List<Object>, List<RunAudit>> groups = new LinkedHashMap<>();
        for (RunAudit r : runs) {
            List<Object> key = key(r);
            if (key != null) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        List<PaperBoard> boards = new ArrayList<>();
        groups.forEach((key, members) -> boards.add(board((Long) key.get(0), (String) key.get(1), members)));
        boards.sort(Comparator.comparingLong(PaperBoard::items).reversed().thenComparing(PaperBoard::datasetSha));
        return boards;
    }

    public static List<RunAudit> unplaced(List<RunAudit> runs) {
        return runs.stream().filter(r -> key(r) == null).toList();
    }

    static List<Object> key(RunAudit r) {
        String sha = r.manifest() == null ? null : r.manifest().datasetGlobalSha256();
        if (r.totalItems() == null || sha == null || r.wilson() == null || r.accuracyValid() == null) {
            return null;
        }
        return List.of(r.totalItems(), sha);
    }

    private static PaperBoard board(long items, String sha, List<RunAudit> members) {
        // Rounded bounds, so the ranks agree with the intervals the tables print.
        int[] ranks = TieAwareRank.ranks(members.stream()
                .map(r -> new WilsonInterval(PyRound.round(r.wilson().lo(), 4), PyRound.round(r.wilson().hi(), 4)))
                .toList());
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            entries.add(new Entry(members.get(i), ranks[i]));
        }
        // Stable: equal rank and accuracy keep processing (run-id) order.
        entries.sort(Comparator.comparingInt(Entry::rank)
                .thenComparing(e -> e.run().accuracyValid(), Comparator.reverseOrder()));
        boolean full = members.stream().allMatch(RunAudit::isFullRun);
        String shaPart = sha.length() >= 8 ? sha.substring(0, 8) : sha;
        String slug = Charts.fileName((full ? "full" : "n" + items) + "-" + shaPart);
        return new PaperBoard(slug, items, sha, full, entries);
    }

    public String title() {
        return (full ? "Full canonical set" : "Subset") + " (" + PyRound.thousands(items) + " questions)";
    }
}
