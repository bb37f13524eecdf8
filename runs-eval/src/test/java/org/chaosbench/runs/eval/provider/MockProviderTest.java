package org.chaosbench.runs.eval.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MockProviderTest {

    private static String ask(Provider p, String prompt) {
        return p.generate(new ProviderRequest(prompt, "id", 0)).text();
    }

    @Test
    void commandLineMockAlwaysAnswersTrue() {
        MockProvider mock = MockProvider.create();
        assertEquals("mock", mock.name());
        for (int i = 0; i < 5; i++) {
            ProviderResponse r = mock.generate(new ProviderRequest("anything " + i, "x" + i, i % 2));
            assertEquals("TRUE", r.text());
            assertNull(r.error());
            assertFalse(r.failed());
            assertEquals(0, r.attempts());
            assertTrue(r.latencyS() >= 0 && r.latencyS() < 1);
        }
        assertEquals(5, mock.calls());
    }

    @Test
    void fixedAnswerIsTrimmedLikeEveryProviderAnswer() {
        assertEquals("maybe", ask(MockProvider.fixed("  maybe\n"), "q"));
        assertEquals("", ask(MockProvider.fixed("\u00a0 "), "q"));
    }

    @Test
    void mappingTakesTheFirstKeyContainedInThePrompt() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("Lorenz", "TRUE");
        answers.put("system", "FALSE");
        MockProvider mock = MockProvider.mapping(answers, "unsure");
        assertEquals("TRUE", ask(mock, "Is the Lorenz system chaotic?"));
        assertEquals("FALSE", ask(mock, "Is the logistic system chaotic?"));
        assertEquals("unsure", ask(mock, "Nothing matches"));
        assertEquals("TRUE", ask(MockProvider.mapping(Map.of("zzz", "FALSE")), "no key here"));
    }

    @Test
    void functionSeesThePrompt() {
        MockProvider mock = MockProvider.function(p -> p.length() % 2 == 0 ? "TRUE" : null);
        assertEquals("TRUE", ask(mock, "ab"));
        assertEquals("", ask(mock, "abc"));
    }

    @Test
    void cyclingCountsEveryCallIncludingReprompts() {
        MockProvider mock = MockProvider.cycling(List.of("maybe", "FALSE", "TRUE"));
        assertEquals("maybe", mock.generate(new ProviderRequest("p1", "a", 0)).text());
        assertEquals("FALSE", mock.generate(new ProviderRequest("p1 reprompt", "a", 1)).text());
        assertEquals("TRUE", mock.generate(new ProviderRequest("p2", "b", 0)).text());
        assertEquals("maybe", mock.generate(new ProviderRequest("p3", "c", 0)).text());
        assertThrows(IllegalArgumentException.class, () -> MockProvider.cycling(List.of()));
    }

    @Test
    void aThrowingFunctionBecomesAFailedResponseNotAnException() {
        MockProvider mock = MockProvider.function(p -> {
            throw new IllegalStateException("boom");
        });
        ProviderResponse r = mock.generate(new ProviderRequest("q", "id", 0));
        assertEquals("", r.text());
        assertEquals("IllegalStateException: boom", r.error());
    }
}
