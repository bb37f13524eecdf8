package org.chaosbench.runs.eval.provider;

import static org.chaosbench.runs.eval.provider.Providers.PROMPT;
import static org.chaosbench.runs.eval.provider.Providers.PROMPT_JSON;
import static org.chaosbench.runs.eval.provider.Providers.SUFFIX_JSON;
import static org.chaosbench.runs.eval.provider.Providers.ask;
import static org.chaosbench.runs.eval.provider.Providers.config;
import static org.chaosbench.runs.eval.provider.Providers.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.chaosbench.runs.eval.provider.FakeApi.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GeminiProviderTest {

    private static final Map<String, String> ENV = Map.of("GEMINI_API_KEY", "AIza-gemini-test");

    private final FakeApi api = FakeApi.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterEach
    void stop() {
        api.close();
    }

    private Provider gemini() {
        return create(config("gemini", "gemini-2.0-flash", api, "/v1beta"), ENV, sleeper);
    }

    private static String text(String answer) {
        return "{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"" + answer + "\"}]},"
                + " \"finishReason\": \"STOP\"}]}";
    }

    @Test
    void keyTravelsInAHeaderNeverInTheUrl() {
        api.replies(Reply.ok(text("TRUE")));
        Provider p = gemini();
        assertEquals("gemini/gemini-2.0-flash", p.name());
        ProviderResponse r = ask(p, PROMPT);
        assertEquals("TRUE", r.text());

        FakeApi.Request req = api.only();
        assertEquals("POST", req.method());
        assertEquals("/v1beta/models/gemini-2.0-flash:generateContent", req.path());
        assertNull(req.rawQuery());
        assertEquals("AIza-gemini-test", req.header("x-goog-api-key"));
        assertNull(req.header("Authorization"));
        assertEquals("application/json", req.header("Content-Type"));
        assertEquals("{\"contents\": [{\"parts\": [{\"text\": \"" + PROMPT_JSON + SUFFIX_JSON + "\"}]}],"
                + " \"generationConfig\": {\"maxOutputTokens\": 16, \"temperature\": 0.0}}", req.bodyText());
    }

    @Test
    void googleApiKeyIsTheFallback() {
        api.replies(Reply.ok(text("TRUE")));
        ask(create(config("gemini", "gemini-2.5-flash", api, "/v1beta"), Map.of("GOOGLE_API_KEY", "AIza-google"), sleeper), "Q");
        assertEquals("AIza-google", api.only().header("x-goog-api-key"));
    }

    @Test
    void thoughtPartsAreSkipped() {
        api.replies(Reply.ok(Fixtures.read("gemini-thought-parts.json")));
        ProviderResponse r = ask(gemini(), "Q");
        assertEquals(new ProviderResponse("TRUE", r.latencyS(), null, 64, 1, 1), r);
    }

    @Test
    void safetyStopsAtOnceWithEmptyText() {
        api.replies(Reply.ok(Fixtures.read("gemini-safety.json")), Reply.ok(text("TRUE")));
        ProviderResponse r = ask(gemini(), "Q");
        assertEquals("", r.text());
        assertEquals("SAFETY:SAFETY", r.error());
        assertEquals(1, r.attempts());
        assertEquals(64, r.promptTokens());
        assertEquals(1, api.requests().size());
    }

    @Test
    void emptyCandidatesAreRetriedAndNameTheBlockReason() {
        api.replies(Reply.ok(Fixtures.read("gemini-blocked-prompt.json")));
        ProviderResponse r = ask(gemini(), "Q");
        assertEquals("", r.text());
        assertEquals("empty candidates: PROHIBITED_CONTENT", r.error());
        assertEquals(3, r.attempts());
        assertEquals(2, sleeper.delays().size());
    }

    @Test
    void emptyCandidatesWithoutReasonThenAnAnswer() {
        api.replies(Reply.ok("{\"candidates\": []}"), Reply.ok(text("FALSE")));
        ProviderResponse r = ask(gemini(), "Q");
        assertEquals("FALSE", r.text());
        assertEquals(2, r.attempts());
    }

    @Test
    void noCandidatesReasonDefaultsToNoCandidates() {
        api.replies(Reply.ok("{}"));
        ProviderResponse r = ask(create(config("gemini", "gemini-2.0-flash", api, "/v1beta").maxAttempts(1), ENV, sleeper), "Q");
        assertEquals("empty candidates: NO_CANDIDATES", r.error());
        assertEquals(1, r.attempts());
        assertTrue(sleeper.delays().isEmpty());
    }

    @Test
    void emptyTextIsRetriedWhileAttemptsRemain() {
        api.replies(Reply.ok("{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"thinking\", \"thought\": true}]},"
                + " \"finishReason\": \"MAX_TOKENS\"}]}"), Reply.ok(text("  TRUE ")));
        ProviderResponse r = ask(gemini(), "Q");
        assertEquals("TRUE", r.text());
        assertEquals(2, r.attempts());

        api.replies(Reply.ok("{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"  \"}]}}]}"));
        ProviderResponse empty = ask(gemini(), "Q");
        assertEquals("", empty.text());
        assertEquals(3, empty.attempts());
        assertTrue(empty.error().startsWith("empty text"), empty.error());
    }

    @Test
    void defaultEndpoint() {
        GeminiProvider p = (GeminiProvider) ProviderFactory.create(
                ProviderConfig.builder("gemini").model("gemini-2.5-flash").build(), ApiKeys.none());
        assertEquals("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent",
                p.endpoint().toString());
    }

    @Test
    void missingKeyNamesBothVariables() {
        ProviderResponse r = ask(create(config("gemini", "gemini-2.0-flash", api, "/v1beta"), Map.of(), sleeper), "Q");
        assertTrue(r.error().contains("GEMINI_API_KEY or GOOGLE_API_KEY"), r.error());
        assertTrue(api.requests().isEmpty());
    }
}
