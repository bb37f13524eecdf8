package org.chaosbench.runs.eval.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineProviderTest {

    private static String answer(Provider p, String id, int attempt) {
        return p.generate(new ProviderRequest("prompt for " + id + " attempt " + attempt, id, attempt)).text();
    }

    @Test
    void constantBaselines() {
        BaselineProvider yes = BaselineProvider.alwaysTrue();
        BaselineProvider no = BaselineProvider.alwaysFalse();
        assertEquals("baseline/always-true", yes.name());
        assertEquals("baseline/always-false", no.name());
        for (String id : List.of("a", "b", "atomic_1302")) {
            assertEquals("TRUE", answer(yes, id, 0));
            assertEquals("FALSE", answer(no, id, 1));
        }
        // No id needed when the answer does not depend on it.
        assertEquals("TRUE", yes.generate(new ProviderRequest("q", null, 0)).text());
    }

    @Test
    void randomNameCarriesTheRateInPythonFloatNotation() {
        assertEquals("baseline/random-p0.5", BaselineProvider.random(0.5, 42).name());
        assertEquals("baseline/random-p0.25", BaselineProvider.random(0.25, 42).name());
        assertEquals("baseline/random-p1.0", BaselineProvider.random(1, 42).name());
        assertThrows(IllegalArgumentException.class, () -> BaselineProvider.random(1.5, 42));
        assertThrows(IllegalArgumentException.class, () -> BaselineProvider.random(Double.NaN, 42));
    }

    @Test
    void randomAnswerDependsOnlyOnSeedAndItemId() {
        BaselineProvider a = BaselineProvider.random(0.5, 42);
        BaselineProvider b = BaselineProvider.random(0.5, 42);
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String id = "item_" + i;
            String x = answer(a, id, 0);
            first.add(x);
            // Another instance (a resumed or sharded run), the reprompt, another prompt text: same answer.
            assertEquals(x, answer(b, id, 0));
            assertEquals(x, answer(a, id, 1));
            assertEquals(x, a.generate(new ProviderRequest("different prompt", id, 0)).text());
        }
        // Order of calls does not matter either.
        for (int i = 199; i >= 0; i--) {
            assertEquals(first.get(i), answer(b, "item_" + i, 0));
        }
        // Another seed gives another answer sequence.
        BaselineProvider other = BaselineProvider.random(0.5, 43);
        List<String> second = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            second.add(answer(other, "item_" + i, 0));
        }
        assertNotEquals(first, second);
    }

    @Test
    void unitValueIsTheDocumentedHashMapping() {
        // SHA-256("42:atomic_1302") starts with f7 5a 8b f0 52 f4 22 25 (computed with Python hashlib).
        double u = BaselineProvider.unitValue(42, "atomic_1302");
        long expectedBits = 0xf75a8bf052f42225L >>> 11;
        assertEquals(expectedBits * 0x1.0p-53, u);
        assertTrue(u >= 0 && u < 1);
    }

    @Test
    void trueRateIsCloseToPOverTenThousandIds() {
        for (double p : new double[] {0.5, 0.2, 0.9}) {
            BaselineProvider random = BaselineProvider.random(p, 42);
            int trues = 0;
            for (int i = 0; i < 10_000; i++) {
                if ("TRUE".equals(answer(random, "id_" + i, 0))) {
                    trues++;
                }
            }
            double rate = trues / 10_000.0;
            // 4 standard deviations of a binomial proportion at n = 10,000 is at most 0.02.
            assertEquals(p, rate, 0.02, "p=" + p);
        }
        assertEquals("FALSE", answer(BaselineProvider.random(0.0, 1), "x", 0));
        assertEquals("TRUE", answer(BaselineProvider.random(1.0, 1), "x", 0));
    }

    @Test
    void randomWithoutItemIdFailsInsteadOfGuessing() {
        ProviderResponse r = BaselineProvider.random(0.5, 42).generate(new ProviderRequest("q", null, 0));
        assertEquals("", r.text());
        assertTrue(r.failed());
    }
}
