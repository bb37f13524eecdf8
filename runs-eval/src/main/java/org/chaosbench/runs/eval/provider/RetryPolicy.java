package org.chaosbench.runs.eval.provider;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently {@link HttpTransport} retries one call.
 *
 * <p>The original slept a fixed {@code 1 s × (attempt+1)} (doubled for 429) between at most
 * three attempts. We keep three attempts but use exponential back-off with jitter, so many
 * workers that hit the same rate limit do not retry in lock step, and we honour a server's
 * {@code Retry-After}, capped so a hostile or confused server cannot park a run for hours.
 *
 * @param maxAttempts attempts per call, at least 1 (3 means two retries)
 * @param backoffBase delay before the first retry; each further retry doubles it
 * @param backoffCap upper bound of one back-off delay
 * @param retryAfterCap upper bound of a delay requested by {@code Retry-After}
 * @param retryOnTimeout whether a request that timed out is tried again
 */
public record RetryPolicy(int maxAttempts, Duration backoffBase, Duration backoffCap,
        Duration retryAfterCap, boolean retryOnTimeout) {

    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final Duration DEFAULT_BACKOFF_BASE = Duration.ofSeconds(1);
    public static final Duration DEFAULT_BACKOFF_CAP = Duration.ofSeconds(30);
    public static final Duration DEFAULT_RETRY_AFTER_CAP = Duration.ofSeconds(60);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        requireNonNegative("backoffBase", backoffBase);
        requireNonNegative("backoffCap", backoffCap);
        requireNonNegative("retryAfterCap", retryAfterCap);
    }

    /** Three attempts, 1 s doubling up to 30 s, Retry-After up to 60 s, timeouts retried. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(DEFAULT_MAX_ATTEMPTS, DEFAULT_BACKOFF_BASE, DEFAULT_BACKOFF_CAP,
                DEFAULT_RETRY_AFTER_CAP, true);
    }

    public RetryPolicy withRetryOnTimeout(boolean retry) {
        return new RetryPolicy(maxAttempts, backoffBase, backoffCap, retryAfterCap, retry);
    }

    private static void requireNonNegative(String what, Duration d) {
        Objects.requireNonNull(d, what);
        if (d.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, got " + d);
        }
    }
}
