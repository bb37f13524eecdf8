package org.chaosbench.runs.eval.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.chaosbench.runs.eval.prompt.PromptTemplate;
import org.chaosbench.runs.eval.shard.Shard;

/**
 * The options of {@code chaosbench eval} as a user gave them: null means "not given". The
 * command line and the Maven goal fill the same object, so both resolve defaults and resume
 * settings the same way.
 */
public final class EvalOptions {
    public String provider;
    public String model;
    public String baseUrl;
    public String dataset;
    public String subset;
    public Long maxItems;
    public Long seed;
    public Long shuffleSeed;
    public Integer retries;
    public Double temperature;
    public Integer maxTokens;
    public Boolean lenient;
    public Boolean strictParsing;
    public Integer workers;
    public String phase;
    public Long truncatePredText;
    public Double maxUsd;
    public String promptTemplate;
    public Double trueRate;
    public Double requestTimeoutS;
    public Integer maxAttempts;
    /** {@code I/N}: evaluate shard I of N of the item list. */
    public String shard;

    /** Settings for a new run: the given options over the defaults of FORMATS 5.1. */
    public EvalSettings resolve() {
        if (provider == null) {
            throw new IllegalArgumentException("--provider is required for a new run");
        }
        boolean strict = Boolean.TRUE.equals(strictParsing) || !Boolean.TRUE.equals(lenient);
        return new EvalSettings(provider, model, baseUrl, dataset == null ? EvalSettings.CANONICAL : dataset, subset,
                maxItems, seed == null ? 42 : seed, shuffleSeed, retries == null ? 1 : retries,
                temperature == null ? 0.0 : temperature, maxTokens == null ? 16 : maxTokens, strict, workers, phase,
                truncatePredText == null ? 0 : truncatePredText, maxUsd,
                promptTemplate == null ? PromptTemplate.DEFAULT_PATH : promptTemplate, trueRate == null ? 0.5 : trueRate,
                requestTimeoutS == null ? 60.0 : requestTimeoutS, maxAttempts == null ? 3 : maxAttempts,
                shard == null ? null : Shard.parse(shard));
    }

    /**
     * Settings for a resumed run: the saved ones. An option given again must agree with them;
     * only the worker count, the budget and the HTTP timeout and attempts may change between
     * sessions (they change how, not what, is evaluated).
     */
    public EvalSettings resolveAgainst(EvalSettings saved) {
        List<String> conflicts = new ArrayList<>();
        check(conflicts, "--provider", provider, saved.provider());
        check(conflicts, "--model", model, saved.model());
        check(conflicts, "--base-url", baseUrl, saved.baseUrl());
        check(conflicts, "--dataset", dataset, saved.dataset());
        check(conflicts, "--subset", subset, saved.subset());
        check(conflicts, "--max-items", maxItems, saved.maxItems());
        check(conflicts, "--seed", seed, saved.seed());
        check(conflicts, "--shuffle-seed", shuffleSeed, saved.shuffleSeed());
        check(conflicts, "--retries", retries, saved.retries());
        check(conflicts, "--temperature", temperature, saved.temperature());
        check(conflicts, "--max-tokens", maxTokens, saved.maxTokens());
        if (lenient != null || strictParsing != null) {
            boolean strict = Boolean.TRUE.equals(strictParsing) || !Boolean.TRUE.equals(lenient);
            check(conflicts, "--lenient/--strict-parsing", strict, saved.strictParsing());
        }
        check(conflicts, "--phase", phase, saved.phase());
        check(conflicts, "--truncate-pred-text", truncatePredText, saved.truncatePredText());
        check(conflicts, "--prompt-template", promptTemplate, saved.promptTemplate());
        check(conflicts, "--true-rate", trueRate, saved.trueRate());
        check(conflicts, "--shard", shard == null ? null : Shard.parse(shard).label(),
                saved.shard() == null ? "no shard" : saved.shard().label());
        if (!conflicts.isEmpty()) {
            throw new IllegalArgumentException("the resumed run was started with other settings: "
                    + String.join("; ", conflicts) + ". Resume with --resume alone, or start a new run.");
        }
        return new EvalSettings(saved.provider(), saved.model(), saved.baseUrl(), saved.dataset(), saved.subset(),
                saved.maxItems(), saved.seed(), saved.shuffleSeed(), saved.retries(), saved.temperature(),
                saved.maxTokens(), saved.strictParsing(), workers != null ? workers : saved.workers(), saved.phase(),
                saved.truncatePredText(), maxUsd != null ? maxUsd : saved.maxUsd(), saved.promptTemplate(),
                saved.trueRate(), requestTimeoutS != null ? requestTimeoutS : saved.requestTimeoutS(),
                maxAttempts != null ? maxAttempts : saved.maxAttempts(), saved.shard());
    }

    private static void check(List<String> conflicts, String option, Object given, Object saved) {
        if (given != null && !Objects.equals(given, saved)) {
            conflicts.add(option + " " + given + " (the run has " + saved + ")");
        }
    }
}
