package org.chaosbench.runs.ingest.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** str cases checked by hand against CPython 3.11 (expected values are Python's output). */
class PyTextTest {

    @ParameterizedTest(name = "isspace(U+{0})")
    @CsvSource({"0009,true", "000a,true", "000b,true", "000c,true", "000d,true", "001c,true", "001f,true",
        "0020,true", "0085,true", "00a0,true", "1680,true", "2000,true", "200a,true", "2028,true", "2029,true",
        "202f,true", "205f,true", "3000,true", "0008,false", "000e,false", "0021,false", "180e,false",
        "200b,false", "feff,false", "0000,false", "0041,false", "1f600,false"})
    void isSpace(String hex, boolean expected) {
        assertThat(PyText.isSpace(Integer.parseInt(hex, 16))).isEqualTo(expected);
    }

    static Stream<Arguments> stripAndSplit() {
        return Stream.of(
                Arguments.of("  \u001c a\u3000b\u0085c\u00a0 \u200b  ", "a\u3000b\u0085c\u00a0 \u200b",
                        List.of("a", "b", "c", "\u200b")),
                Arguments.of("", "", List.of()),
                Arguments.of(" \t\n\r\u000b\u000c ", "", List.of()),
                Arguments.of("one", "one", List.of("one")),
                Arguments.of("\u00a0yes\u00a0", "yes", List.of("yes")),
                Arguments.of("x\u2028\u2029y", "x\u2028\u2029y", List.of("x", "y")),
                Arguments.of("\uD83D\uDE00 \uD83D\uDE01", "\uD83D\uDE00 \uD83D\uDE01",
                        List.of("\uD83D\uDE00", "\uD83D\uDE01")));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("stripAndSplit")
    void stripAndSplit(String s, String stripped, List<String> parts) {
        assertThat(PyText.strip(s)).isEqualTo(stripped);
        assertThat(PyText.split(s)).isEqualTo(parts);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "İSTANBUL ΟΔΟΣ ß ǅ ﬃ | i̇stanbul οδος ß ǆ ﬃ | İSTANBUL ΟΔΟΣ SS Ǆ FFI",
        "ΑΣ ΑΣΑ Σ            | ας ασα σ              | ΑΣ ΑΣΑ Σ",
        "straße ǆ ŉ          | straße ǆ ŉ            | STRASSE Ǆ ʼN",
        "Ünïcödé TEXT        | ünïcödé text          | ÜNÏCÖDÉ TEXT",
    })
    void fullCaseMapping(String s, String lower, String upper) {
        assertThat(PyText.lower(s)).isEqualTo(lower);
        assertThat(PyText.upper(s)).isEqualTo(upper);
    }

    @ParameterizedTest(name = "s[:{1}]")
    @CsvSource(delimiter = '|', value = {
        "a\uD83D\uDE00b | 2  | a\uD83D\uDE00",
        "a\uD83D\uDE00b | -1 | a\uD83D\uDE00",
        "a\uD83D\uDE00b | -5 | ''",
        "a\uD83D\uDE00b | 10 | a\uD83D\uDE00b",
        "a\uD83D\uDE00b | 0  | ''",
        "abc            | 1  | a",
    })
    void firstCodePoints(String s, int n, String expected) {
        assertThat(PyText.firstCodePoints(s, n)).isEqualTo(expected);
    }

    @Test
    void reprListQuotesAndEscapesLikeCPython() {
        List<String> items = List.of("a", "it's", "say \"hi\"", "both ' and \"", "back\\slash", "nl\n\r\t",
                "\u0000\u007f\u0080\u00a0\u00ad", "\u00e9\u2026\u2028\u200b\ue000",
                "\uD83D\uDE00\uDB40\uDC01\uDBFF\uDFFF", "\uD800", "\u0378", " ");
        assertThat(PyText.reprList(items)).isEqualTo("['a', \"it's\", 'say \"hi\"', 'both \\' and \"', "
                + "'back\\\\slash', 'nl\\n\\r\\t', '\\x00\\x7f\\x80\\xa0\\xad', "
                + "'\u00e9\u2026\\u2028\\u200b\\ue000', '\uD83D\uDE00\\U000e0001\\U0010ffff', '\\ud800', "
                + "'\\u0378', ' ']");
        assertThat(PyText.reprList(List.of())).isEqualTo("[]");
    }

    @Test
    void reprDictStrInt() {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("key", 60);
        m.put("k2", 1L);
        m.put("it's", -3);
        assertThat(PyText.reprDictStrInt(m)).isEqualTo("{'key': 60, 'k2': 1, \"it's\": -3}");
        assertThat(PyText.reprDictStrInt(Map.of())).isEqualTo("{}");
        assertThatThrownBy(() -> PyText.reprDictStrInt(Map.of("x", 1.5))).isInstanceOf(IllegalArgumentException.class);
    }
}
