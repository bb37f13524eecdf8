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

class OllamaProviderTest {

    private final FakeApi api = FakeApi.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterEach
    void stop() {
        api.close();
    }

    private Provider ollama(ProviderConfig.Builder b) {
        return create(b, Map.of("OPENAI_API_KEY", "sk-unused"), sleeper);
    }

    @Test
    void requestIsExactlyWhatTheOriginalSends() {
        api.replies(Reply.ok(Fixtures.read("ollama-generate-response.json")));
        Provider p = ollama(config("ollama", "qwen2.5:7b", api, "/"));
        assertEquals("ollama/qwen2.5:7b", p.name());
        ProviderResponse r = ask(p, PROMPT);

        FakeApi.Request req = api.only();
        assertEquals("POST", req.method());
        assertEquals("/api/generate", req.path());
        assertNull(req.rawQuery());
        assertEquals("application/json", req.header("Content-Type"));
        assertNull(req.header("Authorization"));
        assertEquals("{\"model\": \"qwen2.5:7b\", \"prompt\": \"" + PROMPT_JSON + "\", \"stream\": false,"
                + " \"options\": {\"temperature\": 0.0, \"num_predict\": 16}}", req.bodyText());

        assertEquals(new ProviderResponse("TRUE", r.latencyS(), null, 52, 2, 1), r);
    }

    @Test
    void topPAndOtherSettingsGoIntoOptions() {
        api.replies(Reply.ok("{\"response\": \"FALSE\"}"));
        ask(ollama(config("ollama", "llama3.1:8b", api, "").temperature(0.7).maxTokens(32).topP(0.9)), "Q");
        assertEquals("{\"model\": \"llama3.1:8b\", \"prompt\": \"Q\", \"stream\": false,"
                + " \"options\": {\"temperature\": 0.7, \"num_predict\": 32, \"top_p\": 0.9}}", api.only().bodyText());
    }

    @Test
    void suffixOnlyWhenAskedFor() {
        api.replies(Reply.ok("{\"response\": \"FALSE\"}"));
        ask(ollama(config("ollama", "m", api, "").strictSuffix(true)), "Q");
        assertTrue(api.only().bodyText().contains("\"prompt\": \"Q" + SUFFIX_JSON + "\""));
    }

    @Test
    void answerIsTrimmedButNotCut() {
        String longAnswer = "TRUE because " + "x".repeat(400);
        api.replies(Reply.ok("{\"response\": \"  " + longAnswer + "\\n\"}"));
        assertEquals(longAnswer, ask(ollama(config("ollama", "m", api, "")), "Q").text());
    }

    @Test
    void missingResponseFieldIsAnEmptyAnswer() {
        api.replies(Reply.ok("{\"done\": true}"));
        ProviderResponse r = ask(ollama(config("ollama", "m", api, "")), "Q");
        assertEquals("", r.text());
        assertNull(r.error());
    }

    @Test
    void unknownModelIsNotRetried() {
        api.replies(Reply.json(404, "{\"error\": \"model 'nope' not found\"}"));
        ProviderResponse r = ask(ollama(config("ollama", "nope", api, "")), "Q");
        assertEquals(1, r.attempts());
        assertEquals("HTTP 404 from " + api.hostLabel() + ": {\"error\": \"model 'nope' not found\"}", r.error());
    }

    @Test
    void defaultEndpointIsLocalOllama() {
        OllamaProvider p = (OllamaProvider) ProviderFactory.create(
                ProviderConfig.builder("ollama").model("qwen2.5:14b").build(), ApiKeys.none());
        assertEquals("http://localhost:11434/api/generate", p.endpoint().toString());
    }
}
