package org.chaosbench.runs.ingest.audit.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.audit.Holm;
import org.chaosbench.runs.ingest.audit.McNemar;
import org.chaosbench.runs.ingest.audit.run.ItemOutcomes;
import org.chaosbench.runs.ingest.audit.run.RunAudit;

/**
 * Pairwise exact McNemar tests between runs with predictions over exactly the same items
 * (compared id by id, not by count), Holm-corrected within each such group: the family of
 * hypotheses is "every pair of models on this item set".
 */
final class PairwiseTests {
    private PairwiseTests() {
    }

    /** The groups of run indexes (two runs or more each), in order of first appearance. */
    static List<List<Integer>> groups(List<RunAudit> runs) {
        Map<BitSet, List<Integer>> byItems = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            ItemOutcomes outcomes = runs.get(i).outcomes();
            if (outcomes != null && outcomes.items() > 0) {
                byItems.computeIfAbsent(outcomes.itemSet(), k -> new ArrayList<>()).add(i);
            }
        }
        return byItems.values().stream().filter(g -> g.size() > 1).map(List::copyOf).toList();
    }

    static List<PairwiseComparison> of(List<RunAudit> runs, List<List<Integer>> groups) {
        List<PairwiseComparison> all = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Integer> members = groups.get(g);
            List<long[]> counts = new ArrayList<>();
            List<int[]> pairs = new ArrayList<>();
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    ItemOutcomes first = runs.get(members.get(a)).outcomes();
                    ItemOutcomes second = runs.get(members.get(b)).outcomes();
                    counts.add(new long[] {first.rightWhereOtherWrong(second), second.rightWhereOtherWrong(first)});
                    pairs.add(new int[] {members.get(a), members.get(b)});
                }
            }
            double[] p = counts.stream().mapToDouble(c -> McNemar.pValue(c[0], c[1])).toArray();
            double[] holm = Holm.adjust(p);
            int items = runs.get(members.get(0)).outcomes().items();
            for (int k = 0; k < p.length; k++) {
                all.add(new PairwiseComparison(g, pairs.get(k)[0], pairs.get(k)[1], items, counts.get(k)[0],
                        counts.get(k)[1], p[k], holm[k]));
            }
        }
        return List.copyOf(all);
    }
}
