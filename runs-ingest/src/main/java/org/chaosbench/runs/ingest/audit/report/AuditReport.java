package org.chaosbench.runs.ingest.audit.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.io.IsoTime;

/**
 * The whole audit, ready to be written: global SHA facts plus each run's audit in processing
 * order, with its tie-aware rank among runs sharing an item set ({@link ItemSetRanks}).
 *
 * @param generatedUtc ISO UTC as Python writes it (FORMATS 0.4)
 * @param freezeSha global_sha256 of the freeze manifest, "" without one (as the original)
 * @param recomputedSha the canonical dataset's SHA recomputed now
 * @param ranks parallel to runs; null entries for runs that cannot be ranked
 * @param pairGroups groups of run indexes that answered exactly the same items
 * @param pairs McNemar tests within each group, Holm-corrected per group
 */
public record AuditReport(String generatedUtc, String freezeSha, String recomputedSha, List<RunAudit> runs,
        List<Integer> ranks, List<List<Integer>> pairGroups, List<PairwiseComparison> pairs) {

    public AuditReport {
        Objects.requireNonNull(generatedUtc);
        freezeSha = freezeSha == null ? "" : freezeSha;
        recomputedSha = recomputedSha == null ? "" : recomputedSha;
        runs = List.copyOf(runs);
        ranks = java.util.Collections.unmodifiableList(new ArrayList<>(ranks));
        pairGroups = List.copyOf(pairGroups);
        pairs = List.copyOf(pairs);
        if (ranks.size() != runs.size()) {
            throw new IllegalArgumentException("one rank per run needed: " + ranks.size() + " vs " + runs.size());
        }
    }

    public static AuditReport build(List<RunAudit> runs, Instant generated, String freezeSha, String recomputedSha) {
        List<List<Integer>> groups = PairwiseTests.groups(runs);
        return new AuditReport(IsoTime.isoUtc(generated), freezeSha, recomputedSha, runs, ItemSetRanks.of(runs),
                groups, PairwiseTests.of(runs, groups));
    }

    /** As the original: plain string equality, so a missing freeze manifest ("") never matches. */
    public boolean shaMatch() {
        return freezeSha.equals(recomputedSha);
    }

    public Integer rankOf(int index) {
        return ranks.get(index);
    }

}
