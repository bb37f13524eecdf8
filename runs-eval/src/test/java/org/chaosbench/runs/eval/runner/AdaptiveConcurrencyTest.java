package org.chaosbench.runs.eval.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdaptiveConcurrencyTest {

    @Test
    void halvesOnSlowDownAndRecoversStepByStep() throws InterruptedException {
        AdaptiveConcurrency c = new AdaptiveConcurrency(8);
        c.acquire();
        c.release(true);
        assertThat(c.limit()).isEqualTo(4);
        c.acquire();
        c.release(true);
        c.acquire();
        c.release(true);
        c.acquire();
        c.release(true);
        assertThat(c.limit()).isEqualTo(1);
        assertThat(c.lowest()).isEqualTo(1);
        for (int i = 0; i < AdaptiveConcurrency.RECOVERY_STREAK; i++) {
            c.acquire();
            c.release(false);
        }
        assertThat(c.limit()).isEqualTo(2);
        for (int i = 0; i < 100 * AdaptiveConcurrency.RECOVERY_STREAK; i++) {
            c.acquire();
            c.release(false);
        }
        assertThat(c.limit()).isEqualTo(8);
    }

    @Test
    void neverLetsMoreThanTheLimitInFlight() throws Exception {
        AdaptiveConcurrency c = new AdaptiveConcurrency(3);
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger peak = new java.util.concurrent.atomic.AtomicInteger();
        Thread[] threads = new Thread[12];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    try {
                        c.acquire();
                    } catch (InterruptedException e) {
                        return;
                    }
                    peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    inFlight.decrementAndGet();
                    c.release(false);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(peak.get()).isBetween(1, 3);
    }
}
