package org.chaosbench.runs.eval.runner;

/**
 * How many items may be in flight against a hosted API: it starts at the worker count, halves
 * when the API answers "slow down" (HTTP 429 or 503), and climbs back one step after every
 * {@value #RECOVERY_STREAK} items in a row that were not slowed down.
 */
final class AdaptiveConcurrency {
    static final int RECOVERY_STREAK = 10;

    private final int max;
    private int limit;
    private int inFlight;
    private int streak;
    private int lowest;

    AdaptiveConcurrency(int max) {
        this.max = max;
        this.limit = max;
        this.lowest = max;
    }

    synchronized void acquire() throws InterruptedException {
        while (inFlight >= limit) {
            wait();
        }
        inFlight++;
    }

    synchronized void release(boolean slowedDown) {
        inFlight--;
        if (slowedDown) {
            limit = Math.max(1, limit / 2);
            lowest = Math.min(lowest, limit);
            streak = 0;
        } else if (limit < max && ++streak >= RECOVERY_STREAK) {
            limit++;
            streak = 0;
        }
        notifyAll();
    }

    synchronized int limit() {
        return limit;
    }

    synchronized int lowest() {
        return lowest;
    }
}
