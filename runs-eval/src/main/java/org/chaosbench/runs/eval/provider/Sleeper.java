package org.chaosbench.runs.eval.provider;

import java.time.Duration;

/**
 * Waits between attempts. Injected so tests can assert the requested delays (a
 * {@code Retry-After: 1}, a back-off schedule) without spending the time.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps with {@link Thread#sleep}; a zero delay returns at once. */
    Sleeper REAL = delay -> {
        if (!delay.isZero() && !delay.isNegative()) {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        }
    };

    void sleep(Duration delay) throws InterruptedException;
}
