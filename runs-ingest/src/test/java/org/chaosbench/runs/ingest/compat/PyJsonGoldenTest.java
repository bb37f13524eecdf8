package org.chaosbench.runs.ingest.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * json.dumps of 10,000 random strings (controls, DEL, BMP, astral characters, lone
 * surrogates) and of 3,000 random nested values, compact and indent=2, against CPython
 * digests; the nested values are also written from Jackson trees.
 */
class PyJsonGoldenTest {

    private static final JsonNode GOLDEN = Golden.load("json.json.gz");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void randomStringsEscapeLikeCPython() {
        JsonNode spec = GOLDEN.get("strings");
        PyRandom r = new PyRandom(spec.get("seed").asLong());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < spec.get("count").asInt(); i++) {
            lines.add(PyJson.compact(GoldenInputs.string(r, r.randbelow(12))));
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(10_000);
        Golden.assertMatches("json strings", lines, spec.get("dumps"));
    }

    @Test
    void randomValuesCompact() {
        Golden.assertMatches("json compact", dumps(values(), PyJson::compact), GOLDEN.get("structures").get("compact"));
    }

    @Test
    void randomValuesPretty() {
        Golden.assertMatches("json pretty", dumps(values(), PyJson::pretty), GOLDEN.get("structures").get("pretty"));
    }

    @Test
    void randomValuesAsJacksonTrees() {
        List<Object> trees = values().stream().<Object>map(PyJsonGoldenTest::toTree).toList();
        Golden.assertMatches("json compact (Jackson)", dumps(trees, PyJson::compact),
                GOLDEN.get("structures").get("compact"));
        Golden.assertMatches("json pretty (Jackson)", dumps(trees, PyJson::pretty),
                GOLDEN.get("structures").get("pretty"));
    }

    private static List<Object> values() {
        JsonNode spec = GOLDEN.get("structures");
        PyRandom r = new PyRandom(spec.get("seed").asLong());
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < spec.get("count").asInt(); i++) {
            values.add(GoldenInputs.jsonValue(r, 0));
        }
        return values;
    }

    private static List<String> dumps(List<Object> values, Function<Object, String> dump) {
        return values.stream().map(dump).toList();
    }

    /** The same value as a Jackson tree; small integers become IntNode to cover that type too. */
    private static JsonNode toTree(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (value instanceof Long l) {
            return l == (int) (long) l ? NODES.numberNode((int) (long) l) : NODES.numberNode(l);
        } else if (value instanceof BigInteger big) {
            return NODES.numberNode(big);
        } else if (value instanceof Double d) {
            return NODES.numberNode(d);
        } else if (value instanceof String s) {
            return NODES.textNode(s);
        } else if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(toTree(item)));
            return array;
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set((String) k, toTree(v)));
            return object;
        }
        throw new IllegalArgumentException(value.getClass().getName());
    }
}
