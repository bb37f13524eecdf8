package org.chaosbench.runs.eval.provider;

import java.util.Objects;
import java.util.Optional;

/**
 * Builds the provider a configuration describes. The one place that maps a kind to a class,
 * so the CLI and the Maven plugin cannot disagree about what {@code --provider groq} means.
 *
 * <p>Provider names (recorded in manifests and run ids): {@code mock}, {@code ollama/<model>},
 * {@code openai/<model>}, {@code anthropic/<model>}, {@code gemini/<model>},
 * {@code deepseek/<model>}, {@code openrouter/<model>}, {@code groq/<model>} as in the
 * original; ours: {@code openai-compatible/<model>}, {@code baseline/always-true},
 * {@code baseline/always-false}, {@code baseline/random-p<p>}.
 *
 * <p>A missing API key does not stop creation (the original behaves the same): each call
 * then fails at once, without a request, with an error naming the variable to set. Front
 * ends that prefer to fail before the run can check {@link #missingKey}.
 */
public final class ProviderFactory {

    private ProviderFactory() {
    }

    public static Provider create(ProviderConfig config, ApiKeys keys) {
        return create(config, keys, Sleeper.REAL);
    }

    /** As {@link #create(ProviderConfig, ApiKeys)} with the given sleeper between HTTP attempts (tests). */
    public static Provider create(ProviderConfig config, ApiKeys keys, Sleeper sleeper) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(keys, "keys");
        ProviderKind kind = config.kind();
        switch (kind) {
            case MOCK:
                return MockProvider.create();
            case ALWAYS_TRUE:
                return BaselineProvider.alwaysTrue();
            case ALWAYS_FALSE:
                return BaselineProvider.alwaysFalse();
            case RANDOM:
                return BaselineProvider.random(config.randomTrueRate(), config.baselineSeed());
            default:
                break;
        }
        HttpTransport transport = new HttpTransport(config.requestTimeout(), config.retryPolicy(),
                config.jitterSeed(), sleeper, keys.redactor());
        Optional<ApiKey> key = keys.find(kind);
        return switch (kind) {
            case OLLAMA -> new OllamaProvider(config, transport);
            case OPENAI, DEEPSEEK, OPENROUTER, GROQ, OPENAI_COMPATIBLE ->
                    new OpenAiCompatibleProvider(config, key, transport);
            case ANTHROPIC -> new AnthropicProvider(config, key, transport);
            case GEMINI -> new GeminiProvider(config, key, transport);
            default -> throw new IllegalStateException("no provider class for " + kind.id());
        };
    }

    /**
     * The error a run with this configuration would get on every call for want of a key
     * (names the variable, never a value), or empty when no key is needed or one is set.
     */
    public static Optional<String> missingKey(ProviderConfig config, ApiKeys keys) {
        ProviderKind kind = config.kind();
        if (!kind.requiresKey() || keys.find(kind).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(ApiKeys.missingKeyMessage(kind));
    }
}
