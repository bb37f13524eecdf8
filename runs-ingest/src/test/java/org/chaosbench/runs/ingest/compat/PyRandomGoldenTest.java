package org.chaosbench.runs.ingest.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ~8,000 outputs per seed (getrandbits(32), random(), randbelow over assorted bounds,
 * getrandbits(1..64), sample, shuffle) against CPython digests, for seeds from 0 to
 * beyond 2^100, negative ones included. Mirrors random_lines() of the generator script.
 */
class PyRandomGoldenTest {

    private static final JsonNode GOLDEN = Golden.load("random.json.gz");
    private static final long[] RANDBELOW_BOUNDS = {1, 2, 3, 5, 7, 10, 100, 1000, 40886, (1L << 31) - 1,
        1L << 31, 1_000_000_000_000L, (1L << 62) + 1};
    private static final int[][] SAMPLE_CASES = {{40886, 10}, {5000, 100}, {100, 10}, {50, 10}, {21, 21},
        {10, 6}, {85, 10}, {86, 10}, {1000, 0}, {300, 77}, {1, 1}};
    private static final int[] SHUFFLE_SIZES = {0, 1, 2, 10, 100, 1000};

    static Stream<JsonNode> seeds() {
        return StreamSupport.stream(GOLDEN.get("seeds").spliterator(), false);
    }

    @Test
    void seedsCoverZeroNegativeAndBeyondSixtyFourBits() {
        List<BigInteger> seeds = seeds().map(s -> new BigInteger(s.get("seed").asText())).toList();
        assertThat(seeds).contains(BigInteger.ZERO);
        assertThat(seeds).anyMatch(s -> s.signum() < 0);
        assertThat(seeds).anyMatch(s -> s.bitLength() > 64);
    }

    @ParameterizedTest(name = "Random({0})")
    @MethodSource("seeds")
    void outputsMatchCPython(JsonNode seed) {
        PyRandom r = new PyRandom(new BigInteger(seed.get("seed").asText()));
        Golden.assertMatches("Random(" + seed.get("seed").asText() + ")", lines(r), seed.get("output"));
    }

    private static List<String> lines(PyRandom r) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            lines.add(Long.toString(r.getrandbits(32)));
        }
        for (int i = 0; i < 2000; i++) {
            lines.add(String.format("%016x", Double.doubleToRawLongBits(r.random())));
        }
        for (int i = 0; i < 2000; i++) {
            lines.add(Long.toString(r.randbelow(RANDBELOW_BOUNDS[i % RANDBELOW_BOUNDS.length])));
        }
        for (int i = 0; i < 2000; i++) {
            lines.add(Long.toUnsignedString(r.getrandbits(1 + i % 64)));
        }
        for (int[] nk : SAMPLE_CASES) {
            lines.add(join(r.sample(range(nk[0]), nk[1])));
        }
        for (int n : SHUFFLE_SIZES) {
            List<Integer> items = range(n);
            r.shuffle(items);
            lines.add(join(items));
        }
        return lines;
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toCollection(ArrayList::new));
    }

    private static String join(List<Integer> items) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
