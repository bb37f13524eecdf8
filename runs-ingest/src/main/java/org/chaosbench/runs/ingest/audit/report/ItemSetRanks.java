package org.chaosbench.runs.ingest.audit.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.chaosbench.runs.ingest.audit.TieAwareRank;
import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.compat.PyRound;

/**
 * Tie-aware ranks of runs, computed only among runs that answered the same items: ranking a
 * 1k subset run against a full run would compare different questions.
 *
 * <p>Rule (an approximation until item ids are compared): two runs share an item set when
 * they have the same {@code total_items} and the same stored {@code dataset_global_sha256}.
 * A run without a total, a SHA or a run-level Wilson interval gets no rank (null). Ranks use
 * the bounds rounded to 4, so they agree with the intervals printed in audit.json.
 */
final class ItemSetRanks {

    private ItemSetRanks() {
    }

    /** One rank per run, in the order given; null where the run cannot be ranked. */
    static List<Integer> of(List<RunAudit> runs) {
        Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            List<Object> key = key(runs.get(i));
            if (key != null) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Integer[] ranks = new Integer[runs.size()];
        for (List<Integer> members : groups.values()) {
            List<WilsonInterval> intervals = members.stream().map(i -> rounded(runs.get(i).wilson())).toList();
            int[] groupRanks = TieAwareRank.ranks(intervals);
            for (int j = 0; j < members.size(); j++) {
                ranks[members.get(j)] = groupRanks[j];
            }
        }
        return java.util.Collections.unmodifiableList(Arrays.asList(ranks));
    }

    /** The item-set key, or null when the run lacks what the rule needs. */
    static List<Object> key(RunAudit run) {
        String sha = run.manifest() == null ? null : run.manifest().datasetGlobalSha256();
        if (run.totalItems() == null || sha == null || run.wilson() == null) {
            return null;
        }
        return List.of(run.totalItems(), sha);
    }

    static WilsonInterval rounded(WilsonInterval w) {
        Objects.requireNonNull(w);
        return new WilsonInterval(PyRound.round(w.lo(), 4), PyRound.round(w.hi(), 4));
    }
}
