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
 * @param runMethodSha the legacy no-count formula's SHA of the same data, null when unknown;
 *     the original recomputes it per run over the run's selector, but every run the runner
 *     writes names the canonical selector, so one value serves all runs
 * @param ranks parallel to runs; null entries for runs that cannot be ranked
 */
public record AuditReport(String generatedUtc, String freezeSha, String recomputedSha, String runMethodSha,
        List<RunAudit> runs, List<Integer> ranks) {

    public AuditReport {
        Objects.requireNonNull(generatedUtc);
        freezeSha = freezeSha == null ? "" : freezeSha;
        recomputedSha = recomputedSha == null ? "" : recomputedSha;
        runs = List.copyOf(runs);
        ranks = java.util.Collections.unmodifiableList(new ArrayList<>(ranks));
        if (ranks.size() != runs.size()) {
            throw new IllegalArgumentException("one rank per run needed: " + ranks.size() + " vs " + runs.size());
        }
    }

    public static AuditReport build(List<RunAudit> runs, Instant generated, String freezeSha, String recomputedSha,
            String runMethodSha) {
        return new AuditReport(IsoTime.isoUtc(generated), freezeSha, recomputedSha, runMethodSha, runs,
                ItemSetRanks.of(runs));
    }

    /** As the original: plain string equality, so a missing freeze manifest ("") never matches. */
    public boolean shaMatch() {
        return freezeSha.equals(recomputedSha);
    }

    public Integer rankOf(int index) {
        return ranks.get(index);
    }

    /** The stored SHA of a run equals the freeze SHA (false without either). */
    public boolean shaMatchesFreezeMethod(RunAudit run) {
        String stored = storedSha(run);
        return stored != null && stored.equals(freezeSha);
    }

    /** The stored SHA equals the legacy formula's SHA (false when that is unknown). */
    public boolean shaMatchesRunMethod(RunAudit run) {
        String stored = storedSha(run);
        return stored != null && stored.equals(runMethodSha);
    }

    private static String storedSha(RunAudit run) {
        return run.manifest() == null ? null : run.manifest().datasetGlobalSha256();
    }
}
