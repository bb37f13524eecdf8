package org.chaosbench.runs.eval.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.chaosbench.runs.eval.provider.Provider;
import org.chaosbench.runs.ingest.compat.PyText;
import org.chaosbench.runs.ingest.dataset.DatasetItem;
import org.chaosbench.runs.ingest.metrics.RunMetrics;
import org.chaosbench.runs.ingest.run.Checkpoint;
import org.chaosbench.runs.ingest.run.PredictionRecord;
import org.chaosbench.runs.ingest.run.PredictionsFile;
import org.chaosbench.runs.ingest.run.RunFiles;

/**
 * Runs an evaluation into a run folder: checkpoint every record as it completes, resume from
 * the checkpoint, finalise the run files once every item has a record (FORMATS 5.2-5.11).
 */
public final class EvalRun {

    /** How a session ended. */
    public enum Status {
        /** Every item has a record; the run files are written and the checkpoint removed. */
        COMPLETE,
        /** The budget ran out: the checkpoint holds what was done; resume to finish. */
        BUDGET_STOPPED
    }

    /**
     * @param evaluated items evaluated in this session
     * @param reused records taken over from the checkpoint
     */
    public record Result(Status status, String runId, Path runDir, int evaluated, int reused, int failedCalls,
            double costUsd, RunMetrics metrics) {
    }

    private EvalRun() {
    }

    /**
     * Starts a new run ({@code resumeDir} null) or continues the one in {@code resumeDir}.
     *
     * @param providers builds the provider for the resolved settings
     */
    public static Result run(EvalPlan plan, Path outputDir, Path resumeDir, Function<EvalSettings, Provider> providers,
            Budget budget, EvalProgress progress, Clock clock) {
        EvalSettings settings = plan.settings();
        try (Provider provider = providers.apply(settings)) {
            String runId;
            Path runDir;
            if (resumeDir == null) {
                runDir = RunFolderClaim.claim(outputDir, start -> RunInputs.runId(start, provider.name(), plan),
                        clock.instant(), staged -> settings.write(staged.resolve(EvalSettings.FILE_NAME)));
                runId = runDir.getFileName().toString();
            } else {
                runDir = resumeDir;
                runId = runDir.getFileName().toString();
            }
            RunFiles files = new RunFiles(runDir);
            budget.keepLedgerIn(runDir);
            Map<String, PredictionRecord> done = new ConcurrentHashMap<>(plan.selection().items().size() * 2);
            done.putAll(previousRecords(files, progress));
            int reused = done.size();
            List<DatasetItem> pending = pending(plan.selection().items(), done);

            Session session = new Session(plan, provider, budget, progress, done, plan.selection().items().size());
            if (budget.exhausted() && !pending.isEmpty()) {
                session.budgetStopped.set(true); // an earlier session already spent the limit
            }
            try (Checkpoint.Writer checkpoint = Checkpoint.openWriter(files.checkpoint())) {
                session.execute(pending, checkpoint, WorkerPolicy.workers(settings.provider(), settings.model(),
                        settings.workers()), WorkerPolicy.isHostedApi(settings.provider()));
            }
            if (session.budgetStopped.get()) {
                return new Result(Status.BUDGET_STOPPED, runId, runDir, session.evaluated.get(), reused,
                        session.failedCalls.get(), budget.spentUsd(), null);
            }
            RunMetrics metrics = RunFinalizer.finish(plan, files, runId, provider.name(), resumeDir == null ? null : runId,
                    done, session.encoded,
                    WorkerPolicy.workers(settings.provider(), settings.model(), settings.workers()),
                    RunInputs.sha(plan, provider.name()), clock);
            return new Result(Status.COMPLETE, runId, runDir, session.evaluated.get(), reused,
                    session.failedCalls.get(), budget.spentUsd(), metrics);
        }
    }

    /**
     * What a resume starts from: the checkpoint, or for a run that already finished, its
     * predictions (the original re-evaluates those; nothing is gained by it).
     */
    private static Map<String, PredictionRecord> previousRecords(RunFiles files, EvalProgress progress) {
        if (Files.exists(files.checkpoint())) {
            Checkpoint.Loaded loaded = Checkpoint.load(files.checkpoint());
            progress.notice("[resume] Found " + loaded.records().size() + " completed items in checkpoint ("
                    + loaded.emptyResponses() + " empty-response items will be retried"
                    + (loaded.skippedLines() > 0 ? ", " + loaded.skippedLines() + " unreadable lines skipped" : "")
                    + "); skipping the rest.");
            return loaded.records();
        }
        if (Files.exists(files.predictions())) {
            Map<String, PredictionRecord> map = new LinkedHashMap<>();
            for (PredictionRecord r : PredictionsFile.read(files.predictions())) {
                if (r.predText() != null && !PyText.strip(r.predText()).isEmpty()) {
                    map.put(r.id(), r);
                }
            }
            return map;
        }
        return Map.of();
    }

    /** Items still without a record, each id once (the original evaluates a repeated id once). */
    private static List<DatasetItem> pending(List<DatasetItem> items, Map<String, PredictionRecord> done) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<DatasetItem> pending = new ArrayList<>();
        for (DatasetItem item : items) {
            if (!done.containsKey(item.id()) && seen.add(item.id())) {
                pending.add(item);
            }
        }
        return pending;
    }

    /** One session of evaluation: workers pull items from a shared index until done or stopped. */
    private static final class Session {
        private final ItemEvaluator evaluator;
        private final Budget budget;
        private final EvalProgress progress;
        private final Map<String, PredictionRecord> done;
        private final long total;
        final AtomicInteger evaluated = new AtomicInteger();
        final AtomicInteger failedCalls = new AtomicInteger();
        final AtomicBoolean budgetStopped = new AtomicBoolean();
        /** The checkpoint lines of this session's records, reused for predictions.jsonl. */
        final Map<String, byte[]> encoded;
        private final ProgressMeter meter;

        Session(EvalPlan plan, Provider provider, Budget budget, EvalProgress progress,
                Map<String, PredictionRecord> done, long total) {
            this.evaluator = new ItemEvaluator(plan.template(), provider, plan.settings());
            this.budget = budget;
            this.progress = progress;
            this.done = done;
            this.total = total;
            this.meter = new ProgressMeter(done.values(), total);
            this.encoded = new ConcurrentHashMap<>((int) Math.min(Integer.MAX_VALUE / 2, total * 2));
        }

        /**
         * @param adaptive whether concurrency adapts to "slow down" answers (hosted APIs)
         */
        void execute(List<DatasetItem> pending, Checkpoint.Writer checkpoint, int workers, boolean adaptive) {
            AtomicInteger next = new AtomicInteger();
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            AdaptiveConcurrency limiter = adaptive ? new AdaptiveConcurrency(workers) : null;
            Runnable worker = () -> {
                int i;
                while (failure.get() == null && !budgetStopped.get() && (i = next.getAndIncrement()) < pending.size()) {
                    try {
                        if (limiter == null) {
                            complete(evaluator.evaluate(pending.get(i)), checkpoint);
                            continue;
                        }
                        limiter.acquire();
                        ItemEvaluator.Evaluation e = null;
                        try {
                            e = evaluator.evaluate(pending.get(i));
                        } finally {
                            limiter.release(e != null && e.rateLimited() > 0);
                        }
                        complete(e, checkpoint);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        failure.compareAndSet(null, new IllegalStateException("evaluation interrupted", e));
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                }
            };
            if (workers <= 1) {
                worker.run();
            } else {
                List<Thread> threads = new ArrayList<>();
                for (int w = 0; w < Math.min(workers, Math.max(1, pending.size())); w++) {
                    Thread t = new Thread(worker, "chaosbench-eval-" + w);
                    t.start();
                    threads.add(t);
                }
                for (Thread t : threads) {
                    joinUninterruptibly(t);
                }
            }
            progress.update(meter.snapshotNow());
            if (failure.get() != null) {
                throw failure.get();
            }
        }

        private void complete(ItemEvaluator.Evaluation e, Checkpoint.Writer checkpoint) {
            PredictionRecord r = e.record();
            // The money is booked before the answer is kept: a crash in between can only
            // over-count, never let a run spend past its limit.
            if (budget.charge(e.promptTokens(), e.completionTokens(), e.promptChars())) {
                budgetStopped.set(true);
            }
            byte[] line = PredictionsFile.encode(r);
            checkpoint.append(line); // on disk before it counts as done
            encoded.put(r.id(), line);
            done.put(r.id(), r);
            evaluated.incrementAndGet();
            failedCalls.addAndGet(e.failedCalls());
            meter.add(r, e.failedCalls());
            EvalProgress.Snapshot s = meter.snapshotIfDue();
            if (s != null) {
                progress.update(s);
            }
        }

        private static void joinUninterruptibly(Thread t) {
            boolean interrupted = false;
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
