package org.chaosbench.runs.report.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.chaosbench.runs.ingest.audit.report.AuditReport;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.io.CodePointOrder;

/**
 * The site as data: boards built from the audit (ranks come from {@link AuditReport}, which
 * ranks only among runs of the same item set, the same grouping as the boards here), each
 * run's page name and the publications in date order.
 *
 * @param runs every audited run in discovery order (runs dir first, then published)
 * @param slugs page names parallel to runs
 * @param boardOf board id parallel to runs
 */
public record SiteModel(List<RunAudit> runs, List<String> slugs, List<String> boardOf, List<Board> boards,
        Map<String, BoardRow> rowsBySlug) {

    static SiteModel of(AuditReport report) {
        List<RunAudit> runs = report.runs();
        List<String> slugs = slugs(runs);
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        List<String> boardOf = new ArrayList<>();
        for (RunAudit run : runs) {
            String id = boardId(run);
            boardOf.add(id);
            groups.computeIfAbsent(id, k -> new ArrayList<>()).add(boardOf.size() - 1);
        }
        Map<String, Long> largest = new HashMap<>();
        for (RunAudit run : runs) {
            if (run.totalItems() != null) {
                largest.merge(sha(run), run.totalItems(), Math::max);
            }
        }
        List<Board> boards = new ArrayList<>();
        Map<String, BoardRow> rowsBySlug = new HashMap<>();
        groups.forEach((id, members) -> {
            Set<String> families = new TreeSet<>(CodePointOrder.INSTANCE);
            Set<String> providers = new TreeSet<>(CodePointOrder.INSTANCE);
            Map<Integer, Integer> rankCounts = new HashMap<>();
            for (int i : members) {
                families.addAll(runs.get(i).families().keySet());
                if (runs.get(i).provider() != null) {
                    providers.add(runs.get(i).provider());
                }
                if (report.rankOf(i) != null) {
                    rankCounts.merge(report.rankOf(i), 1, Integer::sum);
                }
            }
            List<String> familyList = List.copyOf(families);
            List<BoardRow> rows = new ArrayList<>();
            for (int i : members) {
                Integer rank = report.rankOf(i);
                BoardRow row = BoardRows.of(runs.get(i), rank, rank != null && rankCounts.get(rank) > 1, slugs.get(i),
                        familyList);
                rows.add(row);
                rowsBySlug.put(slugs.get(i), row);
            }
            rows.sort(ROW_ORDER);
            RunAudit first = runs.get(members.get(0));
            // Full: every run says so, and no run on the same fingerprint saw more items (without a
            // freeze manifest a subset-file run also looks full to the audit, FORMATS 12.3).
            boolean full = first.totalItems() != null && first.totalItems().equals(largest.get(sha(first)))
                    && members.stream().allMatch(i -> runs.get(i).isFullRun());
            boards.add(new Board(id, title(first.totalItems(), full, sha(first)), sha(first), first.totalItems(), full,
                    List.copyOf(rows), familyList, List.copyOf(providers)));
        });
        boards.sort(Comparator.comparing(Board::full).reversed()
                .thenComparing(b -> b.totalItems() == null ? -1 : b.totalItems(), Comparator.reverseOrder())
                .thenComparing(Board::sha, CodePointOrder.INSTANCE));
        return new SiteModel(runs, slugs, boardOf, List.copyOf(boards), rowsBySlug);
    }

    private static final Comparator<BoardRow> ROW_ORDER = Comparator
            .comparing((BoardRow r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
            .thenComparing(BoardRow::accuracyKey, Comparator.reverseOrder())
            .thenComparing(BoardRow::runId, CodePointOrder.INSTANCE);

    public Board board(String id) {
        return boards.stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    /** The grouping of {@code ItemSetRanks}: stored dataset SHA and number of items. */
    public static String boardId(RunAudit run) {
        String sha = sha(run);
        return Slugs.of(sha.length() > 12 ? sha.substring(0, 12) : sha) + "-n"
                + (run.totalItems() == null ? "unknown" : run.totalItems());
    }

    private static String sha(RunAudit run) {
        String sha = run.manifest() == null ? null : run.manifest().datasetGlobalSha256();
        return sha == null || sha.isEmpty() ? "unknown" : sha;
    }

    private static String title(Long items, boolean full, String sha) {
        String n = Numbers.count(items);
        return (full ? "Full canonical set (" + n + " items)" : "Subset of " + n + " items") + " \u00b7 dataset "
                + (sha.length() > 12 ? sha.substring(0, 12) : sha);
    }

    /** Page names: the slug of the run id, made unique with a hash of the folder when two runs clash. */
    private static List<String> slugs(List<RunAudit> runs) {
        Map<String, Integer> seen = new HashMap<>();
        for (RunAudit run : runs) {
            seen.merge(Slugs.of(run.runId()), 1, Integer::sum);
        }
        List<String> slugs = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (RunAudit run : runs) {
            String slug = Slugs.of(run.runId());
            if (seen.get(slug) > 1 || !used.add(slug)) {
                slug = slug + "-" + Slugs.hash(run.runDir().toAbsolutePath().normalize().toString(), 8);
                used.add(slug);
            }
            slugs.add(slug);
        }
        return List.copyOf(slugs);
    }
}
