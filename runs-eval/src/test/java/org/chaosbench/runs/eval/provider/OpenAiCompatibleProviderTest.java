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

class OpenAiCompatibleProviderTest {

    private static final Map<String, String> ENV = Map.of("OPENAI_API_KEY", "sk-openai", "GROQ_API_KEY", "gsk-groq",
            "DEEPSEEK_API_KEY", "sk-ds", "OPENROUTER_API_KEY", "sk-or");

    private final FakeApi api = FakeApi.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterEach
    void stop() {
        api.close();
    }

    private Provider provider(String kind, String model) {
        return create(config(kind, model, api, "/v1"), ENV, sleeper);
    }

    private static String chat(String content) {
        return "{\"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\": " + content
                + "}, \"finish_reason\": \"stop\"}]}";
    }

    @Test
    void openAiRequestHasBearerKeyAndStrictSuffix() {
        api.replies(Reply.ok(Fixtures.read("openai-chat-response.json")));
        Provider p = provider("openai", "gpt-4o");
        assertEquals("openai/gpt-4o", p.name());
        ProviderResponse r = ask(p, PROMPT);

        FakeApi.Request req = api.only();
        assertEquals("POST", req.method());
        assertEquals("/v1/chat/completions", req.path());
        assertEquals("application/json", req.header("Content-Type"));
        assertEquals("Bearer sk-openai", req.header("Authorization"));
        assertEquals("{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"" + PROMPT_JSON
                + SUFFIX_JSON + "\"}], \"max_tokens\": 16, \"temperature\": 0.0}", req.bodyText());

        assertEquals(new ProviderResponse("FALSE", r.latencyS(), null, 57, 2, 1), r);
    }

    @Test
    void reasoningModelsGetMaxCompletionTokensAndNoTemperature() {
        api.replies(Reply.ok(chat("\"TRUE\"")));
        ask(provider("openai", "o3-mini"), "Q");
        assertEquals("{\"model\": \"o3-mini\", \"messages\": [{\"role\": \"user\", \"content\": \"Q" + SUFFIX_JSON
                + "\"}], \"max_completion_tokens\": 1024}", api.requests().get(0).bodyText());

        ask(create(config("openai", "gpt-5-mini", api, "/v1").maxTokens(2000).temperature(0.5), ENV, sleeper), "Q");
        assertTrue(api.requests().get(1).bodyText().endsWith("\"max_completion_tokens\": 2000}"));

        ask(provider("openai", "o1"), "Q");
        assertTrue(api.requests().get(2).bodyText().endsWith("\"max_completion_tokens\": 1024}"));

        // The rule is by prefix and for openai only.
        ask(provider("openai", "gpt-4o-mini"), "Q");
        assertTrue(api.requests().get(3).bodyText().endsWith("\"max_tokens\": 16, \"temperature\": 0.0}"));
        ask(provider("openrouter", "o3-mini"), "Q");
        assertTrue(api.requests().get(4).bodyText().endsWith("\"max_tokens\": 16, \"temperature\": 0.0}"));
    }

    @Test
    void presetsUseTheirOwnKeys() {
        api.replies(Reply.ok(chat("\"TRUE\"")));
        assertEquals("groq/llama-3.3-70b-versatile", provider("groq", "llama-3.3-70b-versatile").name());
        ask(provider("groq", "llama-3.3-70b-versatile"), "Q");
        ask(provider("deepseek", "deepseek-chat"), "Q");
        Provider or = provider("openrouter", "google/gemini-2.5-flash");
        assertEquals("openrouter/google/gemini-2.5-flash", or.name());
        ask(or, "Q");
        assertEquals("Bearer gsk-groq", api.requests().get(0).header("Authorization"));
        assertEquals("Bearer sk-ds", api.requests().get(1).header("Authorization"));
        assertEquals("Bearer sk-or", api.requests().get(2).header("Authorization"));
        assertTrue(api.requests().get(2).bodyText().startsWith("{\"model\": \"google/gemini-2.5-flash\", "));
    }

    @Test
    void answerIsTrimmedAndCutTo200CodePoints() {
        // Astral characters are two UTF-16 units each: the cut counts code points.
        String longAnswer = "TRUE " + "\\ud83d\\ude00".repeat(300);
        api.replies(Reply.ok(chat("\"\\n " + longAnswer + "\"")));
        String text = ask(provider("openai", "gpt-4o"), "Q").text();
        assertEquals(200, text.codePointCount(0, text.length()));
        assertTrue(text.startsWith("TRUE \ud83d\ude00"));
    }

    @Test
    void nullContentIsAnEmptyAnswerWithoutRetry() {
        api.replies(Reply.ok(chat("null")));
        ProviderResponse r = ask(provider("openai", "gpt-4o"), "Q");
        assertEquals("", r.text());
        assertNull(r.error());
        assertEquals(1, r.attempts());
        assertEquals(0, r.promptTokens());
    }

    @Test
    void missingChoicesIsAnErrorWithoutRetry() {
        api.replies(Reply.ok("{\"id\": \"x\", \"usage\": {\"prompt_tokens\": 5}}"));
        ProviderResponse r = ask(provider("deepseek", "deepseek-chat"), "Q");
        assertEquals("", r.text());
        assertEquals("response has no choices", r.error());
        assertEquals(1, r.attempts());
        assertEquals(1, api.requests().size());

        api.replies(Reply.ok("{\"choices\": []}"));
        assertEquals("response has no choices", ask(provider("deepseek", "deepseek-chat"), "Q").error());
    }

    @Test
    void missingKeySendsNothingAndNamesTheVariable() {
        Provider p = create(config("openai", "gpt-4o", api, "/v1"), Map.of("GROQ_API_KEY", "gsk"), sleeper);
        ProviderResponse r = ask(p, "Q");
        assertEquals("", r.text());
        assertEquals(0, r.attempts());
        assertTrue(r.error().contains("OPENAI_API_KEY"), r.error());
        assertTrue(api.requests().isEmpty());
    }

    @Test
    void openAiCompatibleServerWithoutKeyGetsNoAuthorizationHeader() {
        api.replies(Reply.ok(chat("\"TRUE\"")));
        Provider p = create(config("openai-compatible", "Qwen/Qwen2.5-7B-Instruct", api, "/v1/"), Map.of(), sleeper);
        assertEquals("openai-compatible/Qwen/Qwen2.5-7B-Instruct", p.name());
        ProviderResponse r = ask(p, "Q");
        assertEquals("TRUE", r.text());
        FakeApi.Request req = api.only();
        assertEquals("/v1/chat/completions", req.path());
        assertNull(req.header("Authorization"));
        assertEquals("{\"model\": \"Qwen/Qwen2.5-7B-Instruct\", \"messages\": [{\"role\": \"user\", \"content\": \"Q"
                + SUFFIX_JSON + "\"}], \"max_tokens\": 16, \"temperature\": 0.0}", req.bodyText());
    }

    @Test
    void openAiCompatibleServerWithKeyAndWithoutSuffix() {
        api.replies(Reply.ok(chat("\"TRUE\"")));
        Provider p = create(config("openai-compatible", "local", api, "/v1").strictSuffix(false),
                Map.of("OPENAI_COMPATIBLE_API_KEY", "local-secret"), sleeper);
        ask(p, "Q");
        assertEquals("Bearer local-secret", api.only().header("Authorization"));
        assertTrue(api.only().bodyText().contains("\"content\": \"Q\"}"));
    }

    @Test
    void unauthorizedIsNotRetried() {
        api.replies(Reply.json(401, "{\"error\": {\"message\": \"Incorrect API key provided\"}}"));
        ProviderResponse r = ask(provider("openai", "gpt-4o"), "Q");
        assertEquals(1, r.attempts());
        assertEquals("HTTP 401 from " + api.hostLabel() + ": {\"error\": {\"message\": \"Incorrect API key provided\"}}",
                r.error());
    }
}
