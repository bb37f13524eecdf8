package org.chaosbench.runs.eval.runner;

import java.util.Collection;

import org.chaosbench.runs.ingest.run.PredictionRecord;

/** Running counts of a session, turned into a progress snapshot at most once a second. */
final class ProgressMeter {
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final long total;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private long done;
    private long evaluatedNow;
    private long invalid;
    private long valid;
    private long correct;
    private long failedCalls;

    ProgressMeter(Collection<PredictionRecord> reused, long total) {
        this.total = total;
        for (PredictionRecord r : reused) {
            count(r);
        }
    }

    synchronized void add(PredictionRecord r, int failed) {
        count(r);
        evaluatedNow++;
        failedCalls += failed;
    }

    private void count(PredictionRecord r) {
        done++;
        if (r.isValid()) {
            valid++;
            correct += r.isCorrect() ? 1 : 0;
        } else {
            invalid++;
        }
    }

    /** A snapshot when a second has passed since the last one, else null. */
    synchronized EvalProgress.Snapshot snapshotIfDue() {
        long now = System.nanoTime();
        if (now - lastReport < INTERVAL_NANOS) {
            return null;
        }
        lastReport = now;
        return snapshot(now);
    }

    synchronized EvalProgress.Snapshot snapshotNow() {
        return snapshot(System.nanoTime());
    }

    private EvalProgress.Snapshot snapshot(long now) {
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? evaluatedNow / seconds : 0.0;
        long remaining = Math.max(0, total - done);
        double eta = remaining == 0 ? 0 : rate > 0 ? remaining / rate : -1;
        return new EvalProgress.Snapshot(Math.min(done, total), total, rate, eta, invalid, valid, correct, failedCalls);
    }
}
