package org.chaosbench.runs.ingest.io;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamps in the layouts the original tool writes (FORMATS 0.4). */
public final class IsoTime {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IsoTime() {
    }

    /**
     * Python's {@code datetime.now(timezone.utc).isoformat()}: microseconds, or no fraction at
     * all when they are exactly zero, then {@code +00:00}.
     */
    public static String isoUtc(Instant t) {
        int micros = t.getNano() / 1000;
        String fraction = micros == 0 ? "" : String.format(".%06d", micros);
        return SECONDS.format(t) + fraction + "+00:00";
    }

    /** {@code %Y%m%dT%H%M%SZ}, the timestamp that starts a run id. */
    public static String runIdStamp(Instant t) {
        return RUN_ID.format(t);
    }

    /** {@code %Y-%m-%dT%H:%M:%SZ}, as in the audit's "Generated" line. */
    public static String secondsUtc(Instant t) {
        return SECONDS.format(t) + "Z";
    }
}
