package org.chaosbench.runs.eval.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderFactoryTest {

    private static Provider create(String kind, String model) {
        return ProviderFactory.create(ProviderConfig.builder(kind).model(model).build(), ApiKeys.none());
    }

    @Test
    void namesFollowTheOriginalAndOurAdditions() {
        assertEquals("mock", create("mock", null).name());
        assertEquals("ollama/qwen2.5:7b", create("ollama", "qwen2.5:7b").name());
        assertEquals("openai/gpt-4o", create("openai", "gpt-4o").name());
        assertEquals("anthropic/claude-sonnet-4-6", create("anthropic", "claude-sonnet-4-6").name());
        assertEquals("gemini/gemini-2.0-flash", create("gemini", "gemini-2.0-flash").name());
        assertEquals("deepseek/deepseek-chat", create("deepseek", "deepseek-chat").name());
        assertEquals("openrouter/google/gemini-2.5-flash", create("openrouter", "google/gemini-2.5-flash").name());
        assertEquals("groq/llama-3.3-70b-versatile", create("groq", "llama-3.3-70b-versatile").name());
        assertEquals("openai-compatible/m", ProviderFactory.create(ProviderConfig.builder("openai-compatible").model("m")
                .baseUrl("http://localhost:8000/v1").build(), ApiKeys.none()).name());
        assertEquals("baseline/always-true", create("always-true", null).name());
        assertEquals("baseline/always-false", create("always-false", null).name());
        assertEquals("baseline/random-p0.5", create("random", null).name());
        assertEquals("baseline/random-p0.3", ProviderFactory.create(ProviderConfig.builder("random")
                .randomTrueRate(0.3).build(), ApiKeys.none()).name());
    }

    @Test
    void modelIsIgnoredWhereNotUsed() {
        assertEquals("mock", create("mock", "whatever").name());
        assertInstanceOf(MockProvider.class, create("mock", null));
        assertInstanceOf(BaselineProvider.class, create("random", null));
    }

    @Test
    void presetEndpoints() {
        assertEquals("https://api.openai.com/v1/chat/completions", endpoint("openai"));
        assertEquals("https://api.deepseek.com/v1/chat/completions", endpoint("deepseek"));
        assertEquals("https://openrouter.ai/api/v1/chat/completions", endpoint("openrouter"));
        assertEquals("https://api.groq.com/openai/v1/chat/completions", endpoint("groq"));
        assertEquals("https://api.anthropic.com/v1/messages",
                ((AnthropicProvider) create("anthropic", "claude-sonnet-4-6")).endpoint().toString());
        assertEquals("https://proxy.example/openai/v1/chat/completions",
                ((OpenAiCompatibleProvider) ProviderFactory.create(ProviderConfig.builder("openai").model("gpt-4o")
                        .baseUrl("https://proxy.example/openai/v1").build(), ApiKeys.none())).endpoint().toString());
    }

    private static String endpoint(String kind) {
        return ((OpenAiCompatibleProvider) create(kind, "m")).endpoint().toString();
    }

    @Test
    void randomBaselineUsesTheRunSeed() {
        Provider a = ProviderFactory.create(ProviderConfig.builder("random").baselineSeed(7).build(), ApiKeys.none());
        Provider b = BaselineProvider.random(0.5, 7);
        for (int i = 0; i < 50; i++) {
            ProviderRequest req = new ProviderRequest("q", "id" + i, 0);
            assertEquals(b.generate(req).text(), a.generate(req).text());
        }
    }

    @Test
    void configurationErrorsAreClear() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProviderConfig.builder("bard"))
                .getMessage().contains("valid providers: mock, ollama, openai"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> create("openai", null))
                .getMessage().contains("needs a model"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> create("gemini", "bad model id"))
                .getMessage().contains("not a valid endpoint URL"));
    }

    @Test
    void missingKeyCanBeCheckedBeforeARun() {
        ProviderConfig openai = ProviderConfig.builder("openai").model("gpt-4o").build();
        assertEquals(Optional.of(ApiKeys.missingKeyMessage(ProviderKind.OPENAI)),
                ProviderFactory.missingKey(openai, ApiKeys.none()));
        assertEquals(Optional.empty(), ProviderFactory.missingKey(openai, ApiKeys.of(Map.of("OPENAI_API_KEY", "k"))));
        assertEquals(Optional.empty(), ProviderFactory.missingKey(ProviderConfig.builder("ollama").model("m").build(),
                ApiKeys.none()));
        assertEquals(Optional.empty(), ProviderFactory.missingKey(ProviderConfig.builder("openai-compatible")
                .model("m").baseUrl("http://h/v1").build(), ApiKeys.none()));
    }
}
