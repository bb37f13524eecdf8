package org.chaosbench.runs.eval.provider;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything needed to build one provider (FORMATS 5.1 options plus our additions).
 * Validated when built, so a bad command line fails before the first item, not as a run
 * full of INVALID answers.
 *
 * <p>Note the two kinds of "retry": {@code --retries} of the original is the number of
 * reprompts after an INVALID answer and belongs to the runner; {@link #maxAttempts} here is
 * the number of HTTP attempts for one prompt and belongs to the transport.
 *
 * @param kind which provider
 * @param model model id; required unless {@link ProviderKind#needsModel()} is false
 * @param baseUrl API base URL replacing the kind's default (required for
 *     {@code openai-compatible}), or null; see {@link #effectiveBaseUrl()}
 * @param temperature sampling temperature sent to every model provider (default 0.0)
 * @param maxTokens answer token limit sent to every model provider (default 16)
 * @param topP ollama {@code options.top_p}, sent only when not null (the original CLI never sets it)
 * @param requestTimeout limit for one HTTP attempt (default 60 s)
 * @param maxAttempts HTTP attempts per prompt (default 3, i.e. two retries)
 * @param backoffBase first retry delay (default 1 s, doubled for each further retry)
 * @param backoffCap largest back-off delay (default 30 s)
 * @param retryAfterCap largest delay taken from a {@code Retry-After} header (default 60 s)
 * @param jitterSeed seed of the back-off jitter, so retry timing is reproducible in tests
 * @param randomTrueRate probability of TRUE for the {@code random} baseline (default 0.5)
 * @param baselineSeed seed of the {@code random} baseline: the run's {@code --seed} (default 42)
 * @param strictSuffix whether prompts get the strict suffix (FORMATS 3.4); null means the
 *     kind's default ({@link ProviderKind#appendsStrictSuffixByDefault()})
 */
public record ProviderConfig(ProviderKind kind, String model, String baseUrl, double temperature,
        int maxTokens, Double topP, Duration requestTimeout, int maxAttempts, Duration backoffBase,
        Duration backoffCap, Duration retryAfterCap, long jitterSeed, double randomTrueRate,
        long baselineSeed, Boolean strictSuffix) {

    public static final double DEFAULT_TEMPERATURE = 0.0;
    public static final int DEFAULT_MAX_TOKENS = 16;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    public static final double DEFAULT_RANDOM_TRUE_RATE = 0.5;
    public static final long DEFAULT_SEED = 42;

    public ProviderConfig {
        Objects.requireNonNull(kind, "kind");
        model = model == null || model.isBlank() ? null : model;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl;
        if (kind.needsModel() && model == null) {
            throw new IllegalArgumentException("provider '" + kind.id()
                    + "' needs a model (--model), e.g. " + exampleModel(kind));
        }
        if (kind == ProviderKind.OPENAI_COMPATIBLE && baseUrl == null) {
            throw new IllegalArgumentException("provider 'openai-compatible' needs a base URL,"
                    + " e.g. http://localhost:8000/v1 (the part before /chat/completions)");
        }
        if (baseUrl != null) {
            checkBaseUrl(baseUrl);
        }
        if (!Double.isFinite(temperature) || temperature < 0) {
            throw new IllegalArgumentException("temperature must be a finite number >= 0, got " + temperature);
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, got " + maxTokens);
        }
        if (topP != null && !(topP >= 0 && topP <= 1)) {
            throw new IllegalArgumentException("topP must be within [0, 1], got " + topP);
        }
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (requestTimeout.isZero() || requestTimeout.isNegative()) {
            throw new IllegalArgumentException("requestTimeout must be positive, got " + requestTimeout);
        }
        if (!(randomTrueRate >= 0 && randomTrueRate <= 1)) {
            throw new IllegalArgumentException("randomTrueRate must be within [0, 1], got " + randomTrueRate);
        }
        // Checks attempts and delays in one place.
        new RetryPolicy(maxAttempts, backoffBase, backoffCap, retryAfterCap, true);
    }

    public static Builder builder(ProviderKind kind) {
        return new Builder(kind);
    }

    /** Builder for a command-line id such as {@code openai}; unknown ids fail listing the valid ones. */
    public static Builder builder(String kindId) {
        return new Builder(ProviderKind.fromId(kindId));
    }

    /** The configured base URL without trailing {@code /}, else the kind's default (null for offline kinds). */
    public String effectiveBaseUrl() {
        String url = baseUrl != null ? baseUrl : kind.defaultBaseUrl();
        if (url == null) {
            return null;
        }
        // The original strips the trailing '/' of the ollama host; doing it for every kind
        // lets users paste "http://host:8000/v1/" without producing "//chat/completions".
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    /** Whether prompts get the strict suffix: the explicit setting, else the kind's default. */
    public boolean appendsStrictSuffix() {
        return strictSuffix != null ? strictSuffix : kind.appendsStrictSuffixByDefault();
    }

    /**
     * The transport's retry policy. Ollama does not retry a timed-out request (as in the
     * original): a local model that needed a full minute is busy, and retrying would only
     * triple the wait per item.
     */
    public RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, backoffBase, backoffCap, retryAfterCap,
                kind != ProviderKind.OLLAMA);
    }

    public Builder toBuilder() {
        Builder b = new Builder(kind);
        b.model = model;
        b.baseUrl = baseUrl;
        b.temperature = temperature;
        b.maxTokens = maxTokens;
        b.topP = topP;
        b.requestTimeout = requestTimeout;
        b.maxAttempts = maxAttempts;
        b.backoffBase = backoffBase;
        b.backoffCap = backoffCap;
        b.retryAfterCap = retryAfterCap;
        b.jitterSeed = jitterSeed;
        b.randomTrueRate = randomTrueRate;
        b.baselineSeed = baselineSeed;
        b.strictSuffix = strictSuffix;
        return b;
    }

    private static String exampleModel(ProviderKind kind) {
        return switch (kind) {
            case OLLAMA -> "qwen2.5:7b";
            case OPENAI -> "gpt-4o";
            case ANTHROPIC -> "claude-sonnet-4-6";
            case GEMINI -> "gemini-2.0-flash";
            case DEEPSEEK -> "deepseek-chat";
            case OPENROUTER -> "google/gemini-2.5-flash";
            case GROQ -> "llama-3.3-70b-versatile";
            default -> "the id the server reports";
        };
    }

    private static void checkBaseUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base URL is not a valid URI: " + url, e);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("base URL must be an http(s) URL with a host, got " + url);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("base URL must not have a query or fragment, got " + url);
        }
    }

    /** Mutable builder with the documented defaults. */
    public static final class Builder {
        private final ProviderKind kind;
        private String model;
        private String baseUrl;
        private double temperature = DEFAULT_TEMPERATURE;
        private int maxTokens = DEFAULT_MAX_TOKENS;
        private Double topP;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private int maxAttempts = RetryPolicy.DEFAULT_MAX_ATTEMPTS;
        private Duration backoffBase = RetryPolicy.DEFAULT_BACKOFF_BASE;
        private Duration backoffCap = RetryPolicy.DEFAULT_BACKOFF_CAP;
        private Duration retryAfterCap = RetryPolicy.DEFAULT_RETRY_AFTER_CAP;
        private long jitterSeed;
        private double randomTrueRate = DEFAULT_RANDOM_TRUE_RATE;
        private long baselineSeed = DEFAULT_SEED;
        private Boolean strictSuffix;

        private Builder(ProviderKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder temperature(double temperature) {
            this.temperature = temperature;
            return this;
        }

        public Builder maxTokens(int maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        public Builder topP(Double topP) {
            this.topP = topP;
            return this;
        }

        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder backoffBase(Duration backoffBase) {
            this.backoffBase = backoffBase;
            return this;
        }

        public Builder backoffCap(Duration backoffCap) {
            this.backoffCap = backoffCap;
            return this;
        }

        public Builder retryAfterCap(Duration retryAfterCap) {
            this.retryAfterCap = retryAfterCap;
            return this;
        }

        public Builder jitterSeed(long jitterSeed) {
            this.jitterSeed = jitterSeed;
            return this;
        }

        public Builder randomTrueRate(double randomTrueRate) {
            this.randomTrueRate = randomTrueRate;
            return this;
        }

        public Builder baselineSeed(long baselineSeed) {
            this.baselineSeed = baselineSeed;
            return this;
        }

        public Builder strictSuffix(Boolean strictSuffix) {
            this.strictSuffix = strictSuffix;
            return this;
        }

        public ProviderConfig build() {
            return new ProviderConfig(kind, model, baseUrl, temperature, maxTokens, topP,
                    requestTimeout, maxAttempts, backoffBase, backoffCap, retryAfterCap,
                    jitterSeed, randomTrueRate, baselineSeed, strictSuffix);
        }
    }
}
