package org.chaosbench.runs.ingest.fuzz;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.chaosbench.runs.ingest.io.InvalidInputException;

/**
 * Runs each fuzz case (mutation, reads, judgement) on a worker thread with a time limit, so a
 * hang becomes a reported failure instead of a stuck build. A hung worker is abandoned
 * (daemon) and a fresh one takes over. One hand-over per case, not per read: on a busy
 * machine every wake-up of another thread costs.
 */
final class CaseRunner implements AutoCloseable {
    private final long timeoutMillis;
    private ExecutorService worker = newWorker();

    CaseRunner(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /** The task's result, or {@code onTimeout} when it did not finish in time. */
    <T> T run(Callable<T> task, T onTimeout) throws Exception {
        Future<T> f = worker.submit(task);
        try {
            return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return onTimeout;
        }
    }

    /** Runs one read on the current thread, sorting what it did into an {@link Outcome}. */
    static Outcome read(Callable<Object> read) {
        try {
            return new Outcome.Accepted(read.call());
        } catch (InvalidInputException e) {
            // Exactly the tool's error types (InvalidDatasetException is one); anything else is a crash.
            return new Outcome.Rejected(e);
        } catch (Throwable e) {
            return new Outcome.Crashed(e);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
