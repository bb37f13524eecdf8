package org.chaosbench.runs.eval.provider;

import java.time.Duration;
import java.util.Map;

/** Shared test setup: providers pointed at a {@link FakeApi}. */
final class Providers {

    /** A prompt with a newline, Latin-1, a BMP symbol and an astral character, to check ASCII escaping. */
    static final String PROMPT = "Is the Lorenz system chaotic?\nCaf\u00e9 \u2026 \ud83d\ude00";

    /** {@link #PROMPT} as Python's json.dumps writes it. */
    static final String PROMPT_JSON = "Is the Lorenz system chaotic?\\nCaf\\u00e9 \\u2026 \\ud83d\\ude00";

    /** The strict suffix as it appears inside a JSON string. */
    static final String SUFFIX_JSON = "\\n\\nReply with exactly one token, TRUE or FALSE, and no explanation.";

    private Providers() {
    }

    static ProviderConfig.Builder config(String kind, String model, FakeApi api, String basePath) {
        return ProviderConfig.builder(kind).model(model).baseUrl(api.baseUrl() + basePath)
                .requestTimeout(Duration.ofSeconds(5));
    }

    static Provider create(ProviderConfig.Builder config, Map<String, String> env, Sleeper sleeper) {
        return ProviderFactory.create(config.build(), ApiKeys.of(env), sleeper);
    }

    static ProviderResponse ask(Provider p, String prompt) {
        return p.generate(new ProviderRequest(prompt, "item_1", 0));
    }
}
