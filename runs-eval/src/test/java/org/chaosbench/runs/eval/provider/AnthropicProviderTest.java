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

class AnthropicProviderTest {

    private static final Map<String, String> ENV = Map.of("ANTHROPIC_API_KEY", "sk-ant-test");

    private final FakeApi api = FakeApi.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterEach
    void stop() {
        api.close();
    }

    private Provider anthropic() {
        return create(config("anthropic", "claude-sonnet-4-6", api, "/v1").temperature(0.25), ENV, sleeper);
    }

    @Test
    void requestHasKeyHeaderVersionAndSuffix() {
        api.replies(Reply.ok(Fixtures.read("anthropic-messages-response.json")));
        Provider p = anthropic();
        assertEquals("anthropic/claude-sonnet-4-6", p.name());
        ProviderResponse r = ask(p, PROMPT);

        FakeApi.Request req = api.only();
        assertEquals("POST", req.method());
        assertEquals("/v1/messages", req.path());
        assertEquals("application/json", req.header("Content-Type"));
        assertEquals("sk-ant-test", req.header("x-api-key"));
        assertEquals("2023-06-01", req.header("anthropic-version"));
        assertNull(req.header("Authorization"));
        assertEquals("{\"model\": \"claude-sonnet-4-6\", \"messages\": [{\"role\": \"user\", \"content\": \""
                + PROMPT_JSON + SUFFIX_JSON + "\"}], \"max_tokens\": 16, \"temperature\": 0.25}", req.bodyText());

        assertEquals(new ProviderResponse("TRUE", r.latencyS(), null, 61, 3, 1), r);
    }

    @Test
    void firstTextBlockIsTheAnswer() {
        api.replies(Reply.ok("{\"content\": [{\"type\": \"thinking\", \"thinking\": \"hmm\"},"
                + " {\"type\": \"text\", \"text\": \" FALSE\\n\"}], \"usage\": {\"input_tokens\": 9, \"output_tokens\": 4}}"));
        ProviderResponse r = ask(anthropic(), "Q");
        assertEquals("FALSE", r.text());
        assertEquals(9, r.promptTokens());
        assertEquals(4, r.completionTokens());
    }

    @Test
    void noTextContentIsAnErrorWithoutRetry() {
        api.replies(Reply.ok("{\"content\": [], \"stop_reason\": \"end_turn\"}"));
        ProviderResponse r = ask(anthropic(), "Q");
        assertEquals("", r.text());
        assertEquals("response has no text content", r.error());
        assertEquals(1, r.attempts());
    }

    @Test
    void overloadedIsRetried() {
        api.replies(Reply.json(529, "{\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\"}}"),
                Reply.ok(Fixtures.read("anthropic-messages-response.json")));
        ProviderResponse r = ask(anthropic(), "Q");
        assertEquals("TRUE", r.text());
        assertEquals(2, r.attempts());
        assertEquals(1, sleeper.delays().size());
    }

    @Test
    void missingKeySendsNothing() {
        ProviderResponse r = ask(create(config("anthropic", "claude-sonnet-4-6", api, "/v1"), Map.of(), sleeper), "Q");
        assertEquals(0, r.attempts());
        assertTrue(r.error().contains("ANTHROPIC_API_KEY"));
        assertTrue(api.requests().isEmpty());
    }
}
