package org.chaosbench.runs.ingest.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** json.dumps cases checked by hand against CPython 3.11. */
class PyJsonTest {

    /** {"a": [], "b": {}, "c": [1, {"d": None, "e": [True, False]}], "f": 1.5, "g": <escapes>} */
    private static Map<String, Object> nested() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("d", null);
        inner.put("e", List.of(true, false));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("a", List.of());
        v.put("b", Map.of());
        v.put("c", Arrays.asList(1, inner));
        v.put("f", 1.5);
        v.put("g", "x/y\"\\\u00e9\u2026\uD83D\uDE00\u007f\u0000\u001f\b\f\n\r\t");
        return v;
    }

    private static final String NESTED_ESCAPED =
            "\"x/y\\\"\\\\\\u00e9\\u2026\\ud83d\\ude00\\u007f\\u0000\\u001f\\b\\f\\n\\r\\t\"";

    @Test
    void compactNested() {
        assertThat(PyJson.compact(nested())).isEqualTo(
                "{\"a\": [], \"b\": {}, \"c\": [1, {\"d\": null, \"e\": [true, false]}], \"f\": 1.5, \"g\": "
                        + NESTED_ESCAPED + "}");
    }

    @Test
    void prettyNested() {
        assertThat(PyJson.pretty(nested())).isEqualTo(String.join("\n",
                "{",
                "  \"a\": [],",
                "  \"b\": {},",
                "  \"c\": [",
                "    1,",
                "    {",
                "      \"d\": null,",
                "      \"e\": [",
                "        true,",
                "        false",
                "      ]",
                "    }",
                "  ],",
                "  \"f\": 1.5,",
                "  \"g\": " + NESTED_ESCAPED,
                "}"));
    }

    @Test
    void jacksonTreeWritesLikeTheEquivalentMap() throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper().valueToTree(nested());
        assertThat(PyJson.compact(tree)).isEqualTo(PyJson.compact(nested()));
        assertThat(PyJson.pretty(tree)).isEqualTo(PyJson.pretty(nested()));
    }

    static Stream<Arguments> scalars() {
        return Stream.of(
                Arguments.of(null, "null"),
                Arguments.of(true, "true"),
                Arguments.of(false, "false"),
                Arguments.of(-5, "-5"),
                Arguments.of((short) 7, "7"),
                Arguments.of(Long.MIN_VALUE, "-9223372036854775808"),
                Arguments.of(BigInteger.TEN.pow(30), "1000000000000000000000000000000"),
                Arguments.of(1e-05, "1e-05"),
                Arguments.of(1e16, "1e+16"),
                Arguments.of(-0.0, "-0.0"),
                Arguments.of(0.1, "0.1"),
                Arguments.of(0.1f, "0.10000000149011612"),
                Arguments.of(new BigDecimal("0.70"), "0.7"),
                Arguments.of(Double.NaN, "NaN"),
                Arguments.of(Double.POSITIVE_INFINITY, "Infinity"),
                Arguments.of(Double.NEGATIVE_INFINITY, "-Infinity"),
                Arguments.of("", "\"\""),
                Arguments.of(new StringBuilder("a/b"), "\"a/b\""),
                Arguments.of("\uD800", "\"\\ud800\""),
                Arguments.of("\uDC00x\uD83D", "\"\\udc00x\\ud83d\""),
                Arguments.of("\u00f6\u2026", "\"\\u00f6\\u2026\""),
                Arguments.of(List.of(), "[]"),
                Arguments.of(new Object[0], "[]"),
                Arguments.of(Map.of(), "{}"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("scalars")
    void scalarsAndEmptyContainers(Object value, String expected) {
        assertThat(PyJson.compact(value)).isEqualTo(expected);
        assertThat(PyJson.pretty(value)).isEqualTo(expected);
    }

    @Test
    void objectArrayIsAList() {
        assertThat(PyJson.compact(new Object[] {1, null, "x"})).isEqualTo("[1, null, \"x\"]");
        assertThat(PyJson.pretty(new Object[] {1, null})).isEqualTo("[\n  1,\n  null\n]");
    }

    @Test
    void jacksonNumberNodes() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        var array = f.arrayNode().add(f.numberNode(3)).add(f.numberNode(4L)).add(f.numberNode((short) 5))
                .add(f.numberNode(BigInteger.TWO.pow(70))).add(f.numberNode(0.5)).add(f.numberNode(0.1f))
                .add(f.numberNode(new BigDecimal("1E-5"))).add(f.textNode("t")).add(f.nullNode())
                .add(f.booleanNode(true)).add(f.numberNode(Double.NaN));
        assertThat(PyJson.compact(array)).isEqualTo(
                "[3, 4, 5, 1180591620717411303424, 0.5, 0.10000000149011612, 1e-05, \"t\", null, true, NaN]");
    }

    @Test
    void mapKeepsIterationOrderAndRepeatsNothing() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", 1);
        m.put("a", 2);
        m.put("z", 3);
        assertThat(PyJson.compact(m)).isEqualTo("{\"z\": 3, \"a\": 2}");
    }

    @Test
    void appendStringQuotesAndEscapes() {
        StringBuilder sb = new StringBuilder("x=");
        PyJson.appendString(sb, "\"q\"\u0001");
        assertThat(sb).hasToString("x=\"\\\"q\\\"\\u0001\"");
    }

    @Test
    void rejectsWhatPythonCannotDump() {
        Map<Object, Object> intKey = new HashMap<>();
        intKey.put(1, "x");
        assertThatThrownBy(() -> PyJson.compact(intKey)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Integer");
        assertThatThrownBy(() -> PyJson.compact(new ArrayList<>(List.of(Optional.empty()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.util.Optional");
        assertThatThrownBy(() -> PyJson.compact(new int[] {1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[I");
        assertThatThrownBy(() -> PyJson.compact(JsonNodeFactory.instance.binaryNode(new byte[] {1})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BinaryNode");
    }
}
