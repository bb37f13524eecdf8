package org.chaosbench.runs.eval.runner;

/** Receives the progress of a run; the runner calls it at most about once a second, and once at the end. */
@FunctionalInterface
public interface EvalProgress {

    /**
     * Where a run stands.
     *
     * @param done records in hand (reused from a checkpoint or evaluated now)
     * @param itemsPerSecond items evaluated per second in this session
     * @param etaSeconds estimated seconds to finish, or -1 when unknown
     */
    record Snapshot(long done, long total, double itemsPerSecond, double etaSeconds, long invalid, long valid,
            long correct, long failedCalls) {

        /** One console line: done/total, items per second, ETA, invalid answers, running accuracy. */
        public String line() {
            String eta = etaSeconds < 0 ? "--:--" : String.format("%d:%02d:%02d", (long) etaSeconds / 3600,
                    (long) etaSeconds / 60 % 60, (long) etaSeconds % 60);
            String acc = valid == 0 ? "-" : String.format("%.4f", (double) correct / valid);
            return String.format("[eval] %d/%d (%.1f%%) %.1f items/s ETA %s invalid %d accuracy %s%s", done, total,
                    total == 0 ? 100.0 : 100.0 * done / total, itemsPerSecond, eta, invalid, acc,
                    failedCalls == 0 ? "" : " failed calls " + failedCalls);
        }
    }

    void update(Snapshot snapshot);

    /** A one-off message, such as what a resume found in the checkpoint. */
    default void notice(String line) {
    }

    EvalProgress NONE = s -> {
    };
}
