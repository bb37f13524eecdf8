package org.chaosbench.runs.report.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.audit.Holm;
import org.chaosbench.runs.ingest.audit.McNemar;
import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.run.PredictionRecord;
import org.chaosbench.runs.ingest.run.PredictionsFile;
import org.chaosbench.runs.ingest.run.RunFiles;

/**
 * Pairwise McNemar tests between the runs of one board that kept their predictions (live runs;
 * published full runs have none by design), over the item ids both answered, with Holm's
 * correction across all pairs of the board.
 */
final class Comparisons {
    static final double ALPHA = 0.05;

    private Comparisons() {
    }

    /** A run of the board: slug, run id, model and folder. */
    record Member(String slug, String runId, String model, Path dir) {
    }

    /** Comparisons per member slug; members without a readable predictions.jsonl get none. */
    static Map<String, List<SiteRun.Comparison>> of(List<Member> members) {
        List<Member> withPredictions = new ArrayList<>();
        List<Map<String, Boolean>> correctById = new ArrayList<>();
        for (Member m : members) {
            Path file = new RunFiles(m.dir()).predictions();
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                Map<String, Boolean> correct = new HashMap<>();
                for (PredictionRecord r : PredictionsFile.read(file)) {
                    correct.putIfAbsent(r.id(), r.isCorrect());
                }
                withPredictions.add(m);
                correctById.add(correct);
            } catch (InvalidInputException e) {
                // The audit already reports the broken file on the run page; no comparison for it.
            }
        }
        Map<String, List<SiteRun.Comparison>> result = new HashMap<>();
        int k = withPredictions.size();
        if (k < 2) {
            return result;
        }
        List<long[]> counts = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                long shared = 0;
                long onlyI = 0;
                long onlyJ = 0;
                for (Map.Entry<String, Boolean> e : correctById.get(i).entrySet()) {
                    Boolean other = correctById.get(j).get(e.getKey());
                    if (other == null) {
                        continue;
                    }
                    shared++;
                    if (e.getValue() && !other) {
                        onlyI++;
                    } else if (!e.getValue() && other) {
                        onlyJ++;
                    }
                }
                counts.add(new long[] {shared, onlyI, onlyJ});
                pairs.add(new int[] {i, j});
            }
        }
        double[] p = new double[counts.size()];
        for (int x = 0; x < p.length; x++) {
            p[x] = McNemar.pValue(counts.get(x)[1], counts.get(x)[2]);
        }
        double[] holm = Holm.adjust(p);
        for (int x = 0; x < p.length; x++) {
            Member a = withPredictions.get(pairs.get(x)[0]);
            Member b = withPredictions.get(pairs.get(x)[1]);
            long[] c = counts.get(x);
            String pText = PyRound.fixed(p[x], 4);
            String holmText = PyRound.fixed(holm[x], 4);
            boolean significant = holm[x] < ALPHA;
            result.computeIfAbsent(a.slug(), s -> new ArrayList<>()).add(new SiteRun.Comparison(b.runId(), b.slug(),
                    b.model(), c[0], c[1], c[2], pText, holmText, significant));
            result.computeIfAbsent(b.slug(), s -> new ArrayList<>()).add(new SiteRun.Comparison(a.runId(), a.slug(),
                    a.model(), c[0], c[2], c[1], pText, holmText, significant));
        }
        return result;
    }
}
