package org.chaosbench.runs.ingest.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * repr/round/format of more than 100,000 doubles against CPython digests: random bit
 * patterns (NaN and infinities included), uniform draws, short decimals, values next to
 * the 1e-4 and 1e16 notation switches, subnormals, powers of two and their neighbours,
 * rounding ties and the interval-end midpoints.
 */
class PyFloatGoldenTest {

    private static final JsonNode GOLDEN = Golden.load("floats.json.gz");

    static Map<String, DoubleFunction<String>> views() {
        Map<String, DoubleFunction<String>> views = new LinkedHashMap<>();
        views.put("repr", PyFloat::repr);
        views.put("round4", x -> PyFloat.repr(PyRound.round(x, 4)));
        views.put("f4", x -> PyRound.fixed(x, 4));
        views.put("round2", x -> PyFloat.repr(PyRound.round(x, 2)));
        views.put("f2", x -> PyRound.fixed(x, 2));
        views.put("round0", x -> PyFloat.repr(PyRound.round(x, 0)));
        views.put("roundm2", x -> PyFloat.repr(PyRound.round(x, -2)));
        views.put("f0", x -> PyRound.fixed(x, 0));
        views.put("pct2", x -> PyRound.percent(x, 2));
        return views;
    }

    @Test
    void goldenCoversTheAgreedViewsAndEnoughValues() {
        List<String> names = new ArrayList<>();
        GOLDEN.get("views").forEach(v -> names.add(v.asText()));
        assertThat(names).containsExactlyElementsOf(views().keySet());
        int total = 0;
        for (JsonNode category : GOLDEN.get("categories")) {
            total += category.get("values").asInt();
            assertThat(category.get("views").has("repr") && category.get("views").has("round4")
                    && category.get("views").has("f4")).as(category.get("name").asText()).isTrue();
        }
        assertThat(total).isGreaterThanOrEqualTo(100_000);
    }

    @TestFactory
    Stream<DynamicTest> everyCategoryAndViewMatchesCPython() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode category : GOLDEN.get("categories")) {
            String name = category.get("name").asText();
            double[] values = values(category);
            tests.add(DynamicTest.dynamicTest(name + " count", () ->
                    assertThat(values).hasSize(category.get("values").asInt())));
            category.get("views").fieldNames().forEachRemaining(view -> {
                DoubleFunction<String> fn = views().get(view);
                tests.add(DynamicTest.dynamicTest(name + " " + view, () -> {
                    assertThat(fn).as("view " + view).isNotNull();
                    List<String> lines = new ArrayList<>(values.length);
                    for (double x : values) {
                        lines.add(fn.apply(x));
                    }
                    Golden.assertMatches(name + "/" + view, lines, category.get("views").get(view));
                }));
            });
        }
        return tests.stream();
    }

    private static double[] values(JsonNode category) {
        String name = category.get("name").asText();
        if (category.has("seed")) {
            return GoldenInputs.seededFloats(name, new PyRandom(category.get("seed").asLong()),
                    category.get("count").asInt());
        }
        switch (name) {
            case "pow2":
                return GoldenInputs.powersOfTwo();
            case "midpoints": {
                List<long[]> pairs = new ArrayList<>();
                category.get("pairs").forEach(p -> pairs.add(new long[] {p.get(0).asLong(), p.get(1).asLong()}));
                return GoldenInputs.midpoints(pairs);
            }
            case "specials": {
                double[] out = new double[category.get("hex").size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = Double.longBitsToDouble(Long.parseUnsignedLong(category.get("hex").get(i).asText(), 16));
                }
                return out;
            }
            default:
                throw new IllegalArgumentException("unknown category " + name);
        }
    }
}
