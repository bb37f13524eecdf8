package org.chaosbench.runs.ingest.audit.run;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

import org.chaosbench.runs.ingest.dataset.GlobalFingerprint;
import org.chaosbench.runs.ingest.dataset.Selector;

/**
 * The legacy no-count SHA over the selector a run names (FORMATS 8.4, "run method"),
 * computed once per selector for the whole audit.
 */
public final class RunMethodShas {
    /**
     * The legacy SHA ({@code sha}, the original's "run method"), the current formula's SHA of the
     * same files ({@code counted}), or why they could not be computed.
     */
    public record Result(String sha, String counted, String failure) {
    }

    private final Path root;
    private final ConcurrentHashMap<String, Result> bySelector = new ConcurrentHashMap<>();

    public RunMethodShas(Path root) {
        this.root = root;
    }

    public Result of(String selectorPath) {
        if (selectorPath == null) {
            return new Result(null, null, "the manifest names no canonical_selector");
        }
        return bySelector.computeIfAbsent(selectorPath, this::compute);
    }

    private Result compute(String selectorPath) {
        try {
            java.util.List<GlobalFingerprint> both = GlobalFingerprint.computeBoth(Selector.read(root, selectorPath));
            return new Result(both.get(1).sha256(), both.get(0).sha256(), null);
        } catch (RuntimeException e) {
            return new Result(null, null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
