package org.chaosbench.runs.eval.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    static final String SENTINEL = "sk-SENTINEL-123";

    @Test
    void findsTheKindsVariable() {
        ApiKeys keys = ApiKeys.of(Map.of("OPENAI_API_KEY", SENTINEL, "GROQ_API_KEY", "gsk-1"));
        assertEquals(SENTINEL, keys.find(ProviderKind.OPENAI).orElseThrow().value());
        assertEquals("environment variable OPENAI_API_KEY", keys.find(ProviderKind.OPENAI).orElseThrow().source());
        assertEquals("gsk-1", keys.find(ProviderKind.GROQ).orElseThrow().value());
        assertTrue(keys.find(ProviderKind.ANTHROPIC).isEmpty());
        assertTrue(keys.find(ProviderKind.OLLAMA).isEmpty());
        assertTrue(keys.find(ProviderKind.MOCK).isEmpty());
    }

    @Test
    void geminiFallsBackToGoogleApiKey() {
        assertEquals("g2", ApiKeys.of(Map.of("GOOGLE_API_KEY", "g2")).find(ProviderKind.GEMINI).orElseThrow().value());
        assertEquals("g1", ApiKeys.of(Map.of("GEMINI_API_KEY", "g1", "GOOGLE_API_KEY", "g2"))
                .find(ProviderKind.GEMINI).orElseThrow().value());
        // An empty variable is no key, so the fallback applies.
        assertEquals("g2", ApiKeys.of(Map.of("GEMINI_API_KEY", " ", "GOOGLE_API_KEY", "g2"))
                .find(ProviderKind.GEMINI).orElseThrow().value());
    }

    @Test
    void valuesAreTrimmedAndBlankMeansMissing() {
        ApiKeys keys = ApiKeys.of(Map.of("OPENAI_API_KEY", "  sk-x\n", "DEEPSEEK_API_KEY", "\t"));
        assertEquals("sk-x", keys.find(ProviderKind.OPENAI).orElseThrow().value());
        assertTrue(keys.find(ProviderKind.DEEPSEEK).isEmpty());
    }

    @Test
    void settingsServerEntriesWinOverTheEnvironment() {
        ApiKeys keys = ApiKeys.of(Map.of("OPENAI_API_KEY", "from-env", "ANTHROPIC_API_KEY", "a-env"))
                .withExtra(Map.of("openai", "from-settings", "GROQ_API_KEY", "g-extra"));
        ApiKey openai = keys.find(ProviderKind.OPENAI).orElseThrow();
        assertEquals("from-settings", openai.value());
        assertEquals("settings server 'openai'", openai.source());
        assertEquals("a-env", keys.find(ProviderKind.ANTHROPIC).orElseThrow().value());
        assertEquals("g-extra", keys.find(ProviderKind.GROQ).orElseThrow().value());
    }

    @Test
    void missingKeyMessageNamesTheVariables() {
        assertEquals("missing API key for openai: set OPENAI_API_KEY (or a settings.xml server with id 'openai')",
                ApiKeys.missingKeyMessage(ProviderKind.OPENAI));
        assertTrue(ApiKeys.missingKeyMessage(ProviderKind.GEMINI).contains("GEMINI_API_KEY or GOOGLE_API_KEY"));
    }

    @Test
    void toStringNeverPrintsKeys() {
        ApiKeys keys = ApiKeys.of(Map.of("OPENAI_API_KEY", SENTINEL, "PATH", "/usr/bin"))
                .withExtra(Map.of("anthropic", SENTINEL + "-a"));
        String text = keys.toString();
        assertFalse(text.contains("SENTINEL"), text);
        assertTrue(text.contains("OPENAI_API_KEY"), text);
        assertTrue(text.contains("anthropic"), text);
        assertFalse(keys.find(ProviderKind.OPENAI).orElseThrow().toString().contains("SENTINEL"));
        assertFalse(ApiKeys.fromEnvironment().toString().contains("SENTINEL"));
    }

    @Test
    void redactorCoversEveryKnownKeyAndExtraEntry() {
        ApiKeys keys = ApiKeys.of(Map.of("OPENAI_API_KEY", SENTINEL, "GOOGLE_API_KEY", "AIza-google",
                "OPENAI_COMPATIBLE_API_KEY", "local-key", "HOME", "/home/me", "EMPTY_KEY", ""))
                .withExtra(Map.of("gemini", "from-settings"));
        String redacted = keys.redactor().redact(
                "a " + SENTINEL + " b AIza-google c local-key d from-settings e /home/me");
        assertEquals("a [REDACTED] b [REDACTED] c [REDACTED] d [REDACTED] e /home/me", redacted);
    }
}
