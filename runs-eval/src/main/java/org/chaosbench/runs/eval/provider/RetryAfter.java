package org.chaosbench.runs.eval.provider;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code Retry-After} header (RFC 9110 10.2.3): delay seconds or an HTTP-date. Rate
 * limiters (429) and overloaded servers (503) know better than our back-off when a retry
 * can succeed.
 */
final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * The requested delay, or empty when the value is absent or unreadable (then the caller
     * falls back to back-off). Decimal seconds are accepted although the RFC says integer,
     * because some APIs send {@code 1.5}; a date in the past means no delay.
     */
    static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.matches("[0-9]+(\\.[0-9]+)?")) {
            BigDecimal seconds = new BigDecimal(v);
            if (seconds.compareTo(BigDecimal.valueOf(86_400L * 365)) > 0) {
                // Absurd but well-formed: the caller caps it anyway; avoid overflow on the way.
                return Optional.of(Duration.ofDays(365));
            }
            return Optional.of(Duration.ofNanos(seconds.movePointRight(9).longValue()));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
