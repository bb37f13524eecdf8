package org.chaosbench.runs.eval.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-02-19T19:37:30Z");

    @Test
    void seconds() {
        assertEquals(Optional.of(Duration.ofSeconds(1)), RetryAfter.parse("1", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", NOW));
        assertEquals(Optional.of(Duration.ofMillis(1500)), RetryAfter.parse("1.5", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("0", NOW));
        assertEquals(Optional.of(Duration.ofDays(365)), RetryAfter.parse("99999999999999999999", NOW));
    }

    @Test
    void httpDate() {
        assertEquals(Optional.of(Duration.ofSeconds(5)), RetryAfter.parse("Thu, 19 Feb 2026 19:37:35 GMT", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Thu, 19 Feb 2026 19:00:00 GMT", NOW));
    }

    @Test
    void unreadableMeansNoAdvice() {
        for (String v : new String[] {null, "", "  ", "-1", "soon", "1e3", "Feb 19 2026"}) {
            assertTrue(RetryAfter.parse(v, NOW).isEmpty(), String.valueOf(v));
        }
    }
}
