package org.chaosbench.runs.eval.provider;

import static org.chaosbench.runs.eval.provider.Providers.ask;
import static org.chaosbench.runs.eval.provider.Providers.config;
import static org.chaosbench.runs.eval.provider.Providers.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.chaosbench.runs.eval.provider.FakeApi.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A server that echoes the credentials it received must not get them into our error texts. */
class SecretLeakTest {

    private static final String SENTINEL = "sk-SENTINEL-123";

    private final FakeApi api = FakeApi.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterEach
    void stop() {
        api.close();
    }

    /** Echoes every credential header, raw and URL-encoded, in an error body. */
    private FakeApi echoing(int status) {
        return api.answering(req -> {
            String seen = req.header("Authorization") + " | " + req.header("x-api-key") + " | "
                    + req.header("x-goog-api-key");
            String encoded = URLEncoder.encode(seen, StandardCharsets.UTF_8);
            return Reply.json(status, "{\"error\": {\"message\": \"Incorrect API key provided: " + seen
                    + "\", \"encoded\": \"" + encoded + "\"}}");
        });
    }

    private static void assertClean(ProviderResponse r) {
        assertTrue(r.failed());
        assertFalse(r.error().contains("SENTINEL"), r.error());
        assertTrue(r.error().contains(Redactor.MASK), r.error());
    }

    @Test
    void openAiStyleUnauthorized() {
        echoing(401);
        ProviderResponse r = ask(create(config("openai", "gpt-4o", api, "/v1"), Map.of("OPENAI_API_KEY", SENTINEL), sleeper), "Q");
        assertEquals(1, r.attempts());
        assertClean(r);
    }

    @Test
    void serverErrorsAfterRetries() {
        echoing(500);
        ProviderResponse r = ask(create(config("groq", "m", api, "/v1"), Map.of("GROQ_API_KEY", SENTINEL), sleeper), "Q");
        assertEquals(3, r.attempts());
        assertClean(r);
    }

    @Test
    void anthropicAndGeminiHeaders() {
        echoing(403);
        assertClean(ask(create(config("anthropic", "c", api, "/v1"), Map.of("ANTHROPIC_API_KEY", SENTINEL), sleeper), "Q"));
        assertClean(ask(create(config("gemini", "g", api, "/v1beta"), Map.of("GOOGLE_API_KEY", SENTINEL), sleeper), "Q"));
    }

    @Test
    void settingsServerKeyIsMaskedToo() {
        echoing(401);
        ApiKeys keys = ApiKeys.of(Map.of()).withExtra(Map.of("deepseek", SENTINEL));
        ProviderResponse r = ProviderFactory.create(config("deepseek", "deepseek-chat", api, "/v1").build(), keys, sleeper)
                .generate(new ProviderRequest("Q", "id", 0));
        assertClean(r);
        assertFalse(keys.toString().contains("SENTINEL"));
    }

    @Test
    void apiKeysToStringIsClean() {
        ApiKeys keys = ApiKeys.of(Map.of("OPENAI_API_KEY", SENTINEL, "GEMINI_API_KEY", SENTINEL + "-g"));
        assertFalse(keys.toString().contains("SENTINEL"), keys.toString());
        assertFalse(String.valueOf(keys.find(ProviderKind.OPENAI)).contains("SENTINEL"));
    }
}
