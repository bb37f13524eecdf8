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
 * Runs one read on a worker thread with a time limit, so a hang becomes a reported
 * {@link Outcome.TimedOut} instead of a stuck build. A hung worker is abandoned (daemon) and
 * a fresh one takes over.
 */
final class CaseRunner implements AutoCloseable {
    private final long timeoutMillis;
    private ExecutorService worker = newWorker();

    CaseRunner(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    Outcome run(Callable<Object> read) {
        Future<Object> f = worker.submit(read);
        try {
            return new Outcome.Accepted(f.get(timeoutMillis, TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            // Exactly the tool's error types; a subclass of neither (or an Error) is a crash.
            return cause instanceof InvalidInputException iie ? new Outcome.Rejected(iie) : new Outcome.Crashed(cause);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Outcome.TimedOut(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
