package org.chaosbench.runs.eval.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProviderConfigTest {

    @Test
    void defaults() {
        ProviderConfig c = ProviderConfig.builder("openai").model("gpt-4o").build();
        assertEquals(ProviderKind.OPENAI, c.kind());
        assertEquals(0.0, c.temperature());
        assertEquals(16, c.maxTokens());
        assertNull(c.topP());
        assertEquals(Duration.ofSeconds(60), c.requestTimeout());
        assertEquals(3, c.maxAttempts());
        assertEquals(Duration.ofSeconds(1), c.backoffBase());
        assertEquals(Duration.ofSeconds(30), c.backoffCap());
        assertEquals(Duration.ofSeconds(60), c.retryAfterCap());
        assertEquals(0.5, c.randomTrueRate());
        assertEquals(42, c.baselineSeed());
        assertEquals("https://api.openai.com/v1", c.effectiveBaseUrl());
        assertTrue(c.appendsStrictSuffix());
        assertTrue(c.retryPolicy().retryOnTimeout());
        assertEquals(c, c.toBuilder().build());
    }

    @Test
    void unknownKindListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProviderConfig.builder("chatgpt"));
        assertEquals("unknown provider 'chatgpt'; valid providers: mock, ollama, openai, anthropic, gemini,"
                + " deepseek, openrouter, groq, openai-compatible, always-true, always-false, random", e.getMessage());
        // Exact lowercase, as the original validates before folding.
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProviderKind.fromId("OpenAI"))
                .getMessage().contains("lowercase"));
        assertThrows(IllegalArgumentException.class, () -> ProviderKind.fromId(null));
    }

    @Test
    void modelRequiredExceptForMockAndBaselines() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProviderConfig.builder("ollama").build());
        assertEquals("provider 'ollama' needs a model (--model), e.g. qwen2.5:7b", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProviderConfig.builder("gemini").model("  ").build());
        for (String id : new String[] {"mock", "always-true", "always-false", "random"}) {
            ProviderConfig.builder(id).build();
        }
    }

    @Test
    void openAiCompatibleNeedsABaseUrl() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ProviderConfig.builder("openai-compatible").model("m").build()).getMessage().contains("base URL"));
        ProviderConfig c = ProviderConfig.builder("openai-compatible").model("m").baseUrl("http://gpu:8000/v1//").build();
        assertEquals("http://gpu:8000/v1", c.effectiveBaseUrl());
    }

    @Test
    void baseUrlMustBeHttpWithHost() {
        for (String bad : new String[] {"ftp://x/v1", "localhost:11434", "http:///v1", "http://h/v1?key=1", "http://h v"}) {
            assertThrows(IllegalArgumentException.class,
                    () -> ProviderConfig.builder("ollama").model("m").baseUrl(bad).build(), bad);
        }
        assertEquals("http://10.0.0.5:11434",
                ProviderConfig.builder("ollama").model("m").baseUrl("http://10.0.0.5:11434/").build().effectiveBaseUrl());
        assertEquals("http://localhost:11434", ProviderConfig.builder("ollama").model("m").build().effectiveBaseUrl());
    }

    @Test
    void numericValidation() {
        assertThrows(IllegalArgumentException.class, () -> ProviderConfig.builder("openai").model("m").maxTokens(0).build());
        assertThrows(IllegalArgumentException.class, () -> ProviderConfig.builder("openai").model("m").temperature(-1).build());
        assertThrows(IllegalArgumentException.class, () -> ProviderConfig.builder("openai").model("m").temperature(Double.NaN).build());
        assertThrows(IllegalArgumentException.class, () -> ProviderConfig.builder("openai").model("m").maxAttempts(0).build());
        assertThrows(IllegalArgumentException.class,
                () -> ProviderConfig.builder("openai").model("m").requestTimeout(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class, () -> ProviderConfig.builder("random").randomTrueRate(1.01).build());
        assertThrows(IllegalArgumentException.class, () -> ProviderConfig.builder("ollama").model("m").topP(2.0).build());
        assertThrows(IllegalArgumentException.class,
                () -> ProviderConfig.builder("openai").model("m").backoffBase(Duration.ofSeconds(-1)).build());
    }

    @Test
    void suffixDefaultsPerKindAndCanBeOverridden() {
        assertFalse(ProviderConfig.builder("ollama").model("m").build().appendsStrictSuffix());
        assertFalse(ProviderConfig.builder("mock").build().appendsStrictSuffix());
        for (String id : new String[] {"openai", "anthropic", "gemini", "deepseek", "openrouter", "groq"}) {
            assertTrue(ProviderConfig.builder(id).model("m").build().appendsStrictSuffix(), id);
        }
        assertTrue(ProviderConfig.builder("openai-compatible").model("m").baseUrl("http://h/v1").build()
                .appendsStrictSuffix());
        assertFalse(ProviderConfig.builder("openai-compatible").model("m").baseUrl("http://h/v1")
                .strictSuffix(false).build().appendsStrictSuffix());
    }

    @Test
    void ollamaDoesNotRetryTimeouts() {
        assertFalse(ProviderConfig.builder("ollama").model("m").build().retryPolicy().retryOnTimeout());
        assertEquals(3, ProviderConfig.builder("ollama").model("m").build().retryPolicy().maxAttempts());
    }
}
