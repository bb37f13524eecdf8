package org.chaosbench.runs.eval.provider;

import java.time.Duration;
import java.util.Random;

/**
 * Delays between attempts: {@code base × 2^(n-1)} before retry n, capped, then stretched by
 * a random 0–25 %. The stretch spreads out workers that failed together (a shared rate
 * limit), and it only ever lengthens the schedule so a server is never hit sooner than the
 * plain exponential schedule says. Seeded, so a test sees the same delays every time;
 * {@link Random} is thread-safe, so workers may share one instance.
 */
final class Backoff {

    /** Largest stretch, as a fraction of the delay. */
    static final double JITTER = 0.25;

    private final Duration base;
    private final Duration cap;
    private final Random random;

    Backoff(Duration base, Duration cap, long seed) {
        this.base = base;
        this.cap = cap;
        this.random = new Random(seed);
    }

    /** The delay before retry {@code n} (1 for the first retry). */
    Duration delayBeforeRetry(int n) {
        double capNanos = cap.toNanos();
        double nanos = Math.min(capNanos, base.toNanos() * Math.pow(2, Math.max(0, n - 1)));
        nanos = Math.min(capNanos, nanos * (1 + JITTER * random.nextDouble()));
        return Duration.ofNanos((long) nanos);
    }
}
