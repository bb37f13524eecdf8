package org.chaosbench.runs.maven;

import java.util.Arrays;
import java.util.Objects;

import org.chaosbench.runs.eval.runner.EvalOptions;

/**
 * One {@code <evaluation>} of the {@code eval} goal: the options of {@code bin/chaosbench eval}
 * under their camelCase names ({@code --max-items} is {@code <maxItems>}). An option left out
 * takes the command line's default. Example:
 *
 * <pre>{@code
 * <evaluation>
 *   <provider>ollama</provider>
 *   <model>qwen2.5:7b</model>
 *   <maxItems>100</maxItems>
 * </evaluation>
 * }</pre>
 */
public class Evaluation {
    /** Provider id: mock, always-true, always-false, random, ollama, openai, anthropic, gemini... */
    private String provider;
    /** Model id (every provider but mock and the baselines). */
    private String model;
    /** API base URL (openai-compatible; overrides the default of the others). */
    private String baseUrl;
    /** {@code canonical} (default) or a JSONL path relative to the root. */
    private String dataset;
    /** Subset file relative to the root; takes precedence over the dataset. */
    private String subset;
    /** Evaluate a random sample of this many items (seeded by the seed). */
    private Long maxItems;
    /** Sampling seed; also seeds the random baseline (default 42). */
    private Long seed;
    /** Evaluate in a deterministic shuffled order. */
    private Long shuffleSeed;
    /** Items evaluated at once (default: by provider and model size). */
    private Integer workers;
    /** Reprompts after an unreadable answer; any value of 1 or more means one (default 1). */
    private Integer retries;
    /** Sampling temperature (default 0.0). */
    private Double temperature;
    /** Answer token limit (default 16). */
    private Integer maxTokens;
    /** Lenient parsing (answer patterns before the last line). */
    private Boolean lenient;
    /** Strict parsing (the default; wins over lenient). */
    private Boolean strictParsing;
    /** Free label recorded in the manifest's budget.phase. */
    private String phase;
    /** Keep the first N characters of each answer (default 0: all). */
    private Long truncatePredText;
    /** Stop once the run has cost this much, in USD (prices in data/pricing/). */
    private Double maxUsd;
    /** Prompt template relative to the root (default data/prompts/default.json). */
    private String promptTemplate;
    /** TRUE rate of the random baseline (default 0.5). */
    private Double trueRate;
    /** Limit of one HTTP attempt, in seconds (default 60). */
    private Double requestTimeout;
    /** HTTP attempts per prompt, with back-off between them (default 3). */
    private Integer maxAttempts;
    /** {@code I/N}: evaluate shard I of N of the item list; overrides the goal's {@code shard} for this evaluation. */
    private String shard;

    public Evaluation() {
    }

    /** All options at once, in the order of the fields (the goal's command-line parameters). */
    Evaluation(String provider, String model, String baseUrl, String dataset, String subset, Long maxItems, Long seed,
            Long shuffleSeed, Integer workers, Integer retries, Double temperature, Integer maxTokens, Boolean lenient,
            Boolean strictParsing, String phase, Long truncatePredText, Double maxUsd, String promptTemplate,
            Double trueRate, Double requestTimeout, Integer maxAttempts) {
        this.provider = provider;
        this.model = model;
        this.baseUrl = baseUrl;
        this.dataset = dataset;
        this.subset = subset;
        this.maxItems = maxItems;
        this.seed = seed;
        this.shuffleSeed = shuffleSeed;
        this.workers = workers;
        this.retries = retries;
        this.temperature = temperature;
        this.maxTokens = maxTokens;
        this.lenient = lenient;
        this.strictParsing = strictParsing;
        this.phase = phase;
        this.truncatePredText = truncatePredText;
        this.maxUsd = maxUsd;
        this.promptTemplate = promptTemplate;
        this.trueRate = trueRate;
        this.requestTimeout = requestTimeout;
        this.maxAttempts = maxAttempts;
    }

    /** The options as the library takes them; null stays "not given". */
    EvalOptions toOptions() {
        EvalOptions o = new EvalOptions();
        o.provider = provider;
        o.model = model;
        o.baseUrl = baseUrl;
        o.dataset = dataset;
        o.subset = subset;
        o.maxItems = maxItems;
        o.seed = seed;
        o.shuffleSeed = shuffleSeed;
        o.workers = workers;
        o.retries = retries;
        o.temperature = temperature;
        o.maxTokens = maxTokens;
        o.lenient = lenient;
        o.strictParsing = strictParsing;
        o.phase = phase;
        o.truncatePredText = truncatePredText;
        o.maxUsd = maxUsd;
        o.promptTemplate = promptTemplate;
        o.trueRate = trueRate;
        o.requestTimeoutS = requestTimeout;
        o.maxAttempts = maxAttempts;
        o.shard = shard;
        return o;
    }

    /** Whether any option is set. */
    boolean anyGiven() {
        return Arrays.stream(new Object[] {provider, model, baseUrl, dataset, subset, maxItems, seed, shuffleSeed,
            workers, retries, temperature, maxTokens, lenient, strictParsing, phase, truncatePredText, maxUsd,
            promptTemplate, trueRate, requestTimeout, maxAttempts, shard}).anyMatch(Objects::nonNull);
    }

    String provider() {
        return provider;
    }
}
