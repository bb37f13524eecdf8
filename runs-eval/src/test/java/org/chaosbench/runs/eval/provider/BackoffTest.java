package org.chaosbench.runs.eval.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static List<Duration> schedule(long seed, int n) {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), seed);
        List<Duration> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(b.delayBeforeRetry(i));
        }
        return out;
    }

    @Test
    void doublesWithUpToAQuarterJitterAndStopsAtTheCap() {
        List<Duration> d = schedule(7, 8);
        double[] plain = {1, 2, 4, 8, 16, 30, 30, 30};
        for (int i = 0; i < plain.length; i++) {
            double s = d.get(i).toNanos() / 1e9;
            assertTrue(s >= plain[i] && s <= Math.min(30, plain[i] * 1.25), i + ": " + s);
        }
        assertEquals(Duration.ofSeconds(30), d.get(7));
    }

    @Test
    void seededJitterIsReproducible() {
        assertEquals(schedule(1, 4), schedule(1, 4));
        assertNotEquals(schedule(1, 4), schedule(2, 4));
    }

    @Test
    void zeroBaseMeansNoWait() {
        Backoff b = new Backoff(Duration.ZERO, Duration.ofSeconds(30), 0);
        assertEquals(Duration.ZERO, b.delayBeforeRetry(1));
        assertEquals(Duration.ZERO, b.delayBeforeRetry(60));
    }
}
