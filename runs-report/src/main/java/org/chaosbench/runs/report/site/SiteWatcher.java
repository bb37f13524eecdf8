package org.chaosbench.runs.report.site;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Keeps a site current while runs are published: builds it once, then looks at its inputs
 * ({@link SiteInputs}) every {@code interval} and rebuilds when they changed and have settled
 * (the same fingerprint twice in a row, {@link #SETTLE} apart, so a publish caught between its
 * steps is not built half-way). A rebuild in this running process costs a fraction of a fresh
 * {@code bin/chaosbench site}: the code is already compiled, which is most of a fresh
 * process's time after adding one run, and run folders that did not change are not audited
 * again ({@link SiteAudits}; the project's policy is read once, when the watch starts, so
 * verdicts follow a release tag or a new freeze manifest after a restart).
 *
 * <p>A failed build (a template that does not render, a folder that vanished) is reported to
 * the listener and the watch goes on: the site keeps the files of the last good build, since
 * every file is replaced atomically and only after it rendered.
 */
public final class SiteWatcher {
    /** What the watch reports. */
    public interface Listener {
        /** A build finished; {@code millis} from the moment the change was seen (or from the start). */
        void built(SiteResult result, long millis, boolean first);

        void failed(RuntimeException error);
    }

    /**
     * The console report both front ends print: the usual summary after the first build, a line
     * per rebuild with its time, and failures with what to fix (the watch goes on).
     */
    public static Listener console(Consumer<String> out, Consumer<String> err) {
        return new Listener() {
            @Override
            public void built(SiteResult result, long millis, boolean first) {
                if (first) {
                    result.summaryLines().forEach(out);
                    out.accept("Watching for published, changed or removed runs; Ctrl-C stops.");
                } else {
                    out.accept("Rebuilt " + millis + " ms after the change was seen: " + result.runs() + " run(s), "
                            + result.written() + " file(s) written, " + result.removed().size() + " removed");
                }
            }

            @Override
            public void failed(RuntimeException error) {
                err.accept("Site build failed: " + error.getMessage());
                err.accept("The site keeps its last good build; still watching (fix the input and it rebuilds).");
            }
        };
    }

    /** How long a change must stay the same before it is built. */
    static final Duration SETTLE = Duration.ofMillis(50);

    private final SiteOptions options;
    private final Duration interval;
    private final SiteAudits audits = SiteAudits.session();

    public SiteWatcher(SiteOptions options, Duration interval) {
        this.options = Objects.requireNonNull(options, "options").validated();
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the watch interval must be positive, got " + interval);
        }
        this.interval = interval;
    }

    /** Builds, then rebuilds on every settled change until {@code stop} says so (checked each interval). */
    public void run(Listener listener, BooleanSupplier stop) throws InterruptedException {
        long start = System.nanoTime();
        String built = SiteInputs.fingerprint(options);
        build(listener, start, true);
        String seen = built;
        long seenAt = 0;
        while (!stop.getAsBoolean()) {
            // Once a change is seen, look again soon: it is built as soon as it has settled.
            Thread.sleep(seen.equals(built) ? interval.toMillis() : SETTLE.toMillis());
            String now = SiteInputs.fingerprint(options);
            if (!now.equals(seen)) {
                if (seen.equals(built)) {
                    seenAt = System.nanoTime();
                }
                seen = now;
            } else if (!now.equals(built)) {
                built = now;
                build(listener, seenAt, false);
            }
        }
    }

    private void build(Listener listener, long since, boolean first) {
        try {
            SiteResult result = SiteBuilder.build(options, audits);
            listener.built(result, (System.nanoTime() - since) / 1_000_000, first);
        } catch (RuntimeException e) {
            listener.failed(e);
        }
    }
}
