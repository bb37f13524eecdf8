package org.chaosbench.runs.ingest.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CPython 3.11 vectors of FORMATS 0.6, plus the seeding and width edge cases. */
class PyRandomTest {

    @Test
    void getrandbits32Vector() {
        PyRandom r = new PyRandom(42);
        assertThat(List.of(r.getrandbits(32), r.getrandbits(32), r.getrandbits(32)))
                .containsExactly(2746317213L, 478163327L, 107420369L);
    }

    static Stream<Arguments> sampleVectors() {
        return Stream.of(
                Arguments.of(40886, 10, List.of(7296, 1639, 18024, 16049, 14628, 9144, 6717, 35741, 5697, 38698)),
                Arguments.of(5000, 10, List.of(912, 204, 2253, 2006, 1828, 1143, 839, 4467, 712, 4837)),
                Arguments.of(100, 10, List.of(81, 14, 3, 94, 35, 31, 28, 17, 13, 86)),
                Arguments.of(50, 10, List.of(40, 7, 1, 17, 15, 14, 8, 6, 34, 5)));
    }

    @ParameterizedTest(name = "Random(42).sample(range({0}), {1})")
    @MethodSource("sampleVectors")
    void sampleVectors(int n, int k, List<Integer> expected) {
        assertThat(new PyRandom(42).sample(range(n), k)).isEqualTo(expected);
    }

    @Test
    void shuffleVectorAppliedTwice() {
        List<Integer> list = range(10);
        new PyRandom(7).shuffle(list);
        assertThat(list).containsExactly(8, 3, 1, 4, 7, 0, 9, 6, 2, 5);
        new PyRandom(7).shuffle(list);
        assertThat(list).containsExactly(2, 4, 3, 7, 6, 8, 5, 9, 1, 0);
    }

    @Test
    void sampleSwitchesToSetMethodExactlyWhereCPythonDoes() {
        // n <= setsize uses the pool: k=10 -> 21 + 4**3 = 85.
        assertThat(PyRandom.setSize(0)).isEqualTo(21);
        assertThat(PyRandom.setSize(5)).isEqualTo(21);
        assertThat(PyRandom.setSize(6)).isEqualTo(21 + 64);
        assertThat(PyRandom.setSize(10)).isEqualTo(85);
        assertThat(PyRandom.setSize(21)).isEqualTo(21 + 64);
        assertThat(PyRandom.setSize(22)).isEqualTo(21 + 256);
        assertThat(PyRandom.setSize(Integer.MAX_VALUE)).isEqualTo(21 + (1L << 34));
    }

    @Test
    void negativeSeedsUseTheAbsoluteValue() {
        assertThat(new PyRandom(-42).getrandbits(32)).isEqualTo(2746317213L);
        assertThat(new PyRandom(Long.MIN_VALUE).getrandbits(32))
                .isEqualTo(new PyRandom(BigInteger.ONE.shiftLeft(63)).getrandbits(32));
    }

    @Test
    void seedKeyIsLittleEndianWordsOfTheMagnitude() {
        assertThat(PyRandom.seedKey(BigInteger.ZERO)).containsExactly(0);
        assertThat(PyRandom.seedKey(BigInteger.valueOf(0xffffffffL))).containsExactly(-1);
        assertThat(PyRandom.seedKey(new BigInteger("-123456789abcdef0123", 16)))
                .containsExactly(0xcdef0123, 0x456789ab, 0x123);
    }

    @Test
    void wideGetrandbitsTakesLowWordFirstAndCutsOnlyTheLastWord() {
        PyRandom words = new PyRandom(42);
        long[] w = new long[4];
        for (int i = 0; i < w.length; i++) {
            w[i] = words.getrandbits(32);
        }
        PyRandom wide = new PyRandom(42);
        assertThat(wide.getrandbits(64)).isEqualTo(w[0] | (w[1] << 32));
        assertThat(wide.getrandbits(40)).isEqualTo(w[2] | ((w[3] >>> 24) << 32));
        assertThat(new PyRandom(42).getrandbits(5)).isEqualTo(w[0] >>> 27);
    }

    @Test
    void randomCombinesTwoWords() {
        // CPython: random.Random(42).random()
        assertThat(new PyRandom(42).random()).isEqualTo(0.6394267984578837);
    }

    @Test
    void rejectsInvalidArguments() {
        PyRandom r = new PyRandom(1);
        assertThatThrownBy(() -> r.getrandbits(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.getrandbits(65)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.randbelow(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.sample(range(3), 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.sample(range(3), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toCollection(ArrayList::new));
    }
}
