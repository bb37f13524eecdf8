package org.chaosbench.runs.ingest.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every code point against CPython's tables: str.isspace exactly, and isprintable and
 * single-character lower()/upper() wherever the JDK knows the character. CPython 3.11
 * ships Unicode 14, the JDK 17 Unicode 13: characters the JDK lists as unassigned are
 * allowed to differ, everything else must match.
 */
class PyTextGoldenTest {

    private static final JsonNode GOLDEN = Golden.load("text.json.gz");
    private static final int CODE_POINTS = 0x110000;

    @Test
    void isSpaceMatchesCPythonEverywhere() {
        BitSet python = new BitSet();
        GOLDEN.get("isspace").forEach(cp -> python.set(cp.asInt()));
        List<String> differences = new ArrayList<>();
        for (int cp = 0; cp < CODE_POINTS; cp++) {
            if (PyText.isSpace(cp) != python.get(cp)) {
                differences.add(Integer.toHexString(cp));
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void printabilityMatchesCPythonForCharactersTheJdkKnows() {
        BitSet python = new BitSet();
        GOLDEN.get("isprintable_runs").forEach(run -> python.set(run.get(0).asInt(), run.get(1).asInt()));
        List<String> differences = new ArrayList<>();
        for (int cp = 0; cp < CODE_POINTS; cp++) {
            if (PyStrRepr.isPrintable(cp) != python.get(cp) && Character.getType(cp) != Character.UNASSIGNED) {
                differences.add(Integer.toHexString(cp));
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void caseMappingMatchesCPythonForCharactersTheJdkKnows() {
        String[] lower = new String[CODE_POINTS];
        String[] upper = new String[CODE_POINTS];
        for (JsonNode entry : GOLDEN.get("casing")) {
            int cp = entry.get(0).asInt();
            lower[cp] = codePoints(entry.get(1));
            upper[cp] = codePoints(entry.get(2));
        }
        List<String> differences = new ArrayList<>();
        for (int cp = 0; cp < CODE_POINTS; cp++) {
            if (Character.getType(cp) == Character.UNASSIGNED) {
                continue;
            }
            String s = new String(Character.toChars(cp));
            String expectedLower = lower[cp] != null ? lower[cp] : s;
            String expectedUpper = upper[cp] != null ? upper[cp] : s;
            if (!PyText.lower(s).equals(expectedLower) || !PyText.upper(s).equals(expectedUpper)) {
                differences.add(Integer.toHexString(cp));
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void reprOfRandomStringListsMatchesCPython() {
        JsonNode spec = GOLDEN.get("repr_lists");
        PyRandom r = new PyRandom(spec.get("seed").asLong());
        int compared = 0;
        for (int i = 0; i < spec.get("lines").size(); i++) {
            List<int[]> codePoints = GoldenInputs.reprList(r);
            List<String> list = codePoints.stream().map(cps -> new String(cps, 0, cps.length)).toList();
            boolean jdkKnowsAll = list.stream().flatMapToInt(String::codePoints)
                    .noneMatch(cp -> Character.getType(cp) == Character.UNASSIGNED);
            if (jdkKnowsAll && codePoints.stream().noneMatch(PyTextGoldenTest::hasSurrogatesThatPair)) {
                assertThat(PyText.reprList(list)).as("line %d", i).isEqualTo(spec.get("lines").get(i).asText());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(spec.get("lines").size() / 2);
    }

    /** Two lone surrogates in a row that a Java String would read as one character. */
    private static boolean hasSurrogatesThatPair(int[] codePoints) {
        for (int i = 1; i < codePoints.length; i++) {
            if (Character.isHighSurrogate((char) codePoints[i - 1]) && codePoints[i - 1] < 0x10000
                    && Character.isLowSurrogate((char) codePoints[i]) && codePoints[i] < 0x10000) {
                return true;
            }
        }
        return false;
    }

    private static String codePoints(JsonNode array) {
        StringBuilder sb = new StringBuilder();
        array.forEach(cp -> sb.appendCodePoint(cp.asInt()));
        return sb.toString();
    }
}
