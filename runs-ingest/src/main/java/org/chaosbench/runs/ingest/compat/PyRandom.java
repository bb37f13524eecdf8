package org.chaosbench.runs.ingest.compat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CPython's {@code random.Random(seed)}, bit for bit, for the operations the runner uses
 * ({@code --max-items} sampling and {@code --shuffle-seed} shuffling, FORMATS 0.6).
 *
 * <p>Not thread-safe, like its Python counterpart.
 */
public final class PyRandom {

    private static final double TWO_POW_26 = 67108864.0;
    private static final double TWO_POW_MINUS_53 = 1.0 / 9007199254740992.0;

    private final Mt19937 mt;

    public PyRandom(long seed) {
        this(BigInteger.valueOf(seed));
    }

    public PyRandom(BigInteger seed) {
        mt = new Mt19937(seedKey(seed));
    }

    /** CPython seeds with |seed| cut into 32-bit words, least significant first. */
    static int[] seedKey(BigInteger seed) {
        BigInteger magnitude = seed.abs();
        int words = Math.max(1, (magnitude.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = magnitude.shiftRight(32 * i).intValue();
        }
        return key;
    }

    /**
     * Python {@code getrandbits(k)}. Above 32 bits CPython fills 32-bit words starting
     * with the least significant one, and only the last (most significant) word is cut
     * down to the remaining width.
     */
    public long getrandbits(int k) {
        if (k < 1 || k > 64) {
            throw new IllegalArgumentException("k must be in 1..64: " + k);
        }
        long result = 0;
        for (int shift = 0; shift < k; shift += 32) {
            int width = Math.min(32, k - shift);
            result |= (mt.nextWord() >>> (32 - width)) << shift;
        }
        return result;
    }

    /** Python {@code _randbelow(n)}: rejection sampling on {@code n.bit_length()} bits. */
    public int randbelow(int n) {
        return (int) randbelow((long) n);
    }

    /** {@link #randbelow(int)} for bounds up to {@code Long.MAX_VALUE}. */
    public long randbelow(long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive: " + n);
        }
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = getrandbits(k);
        while (r >= n) {
            r = getrandbits(k);
        }
        return r;
    }

    /** Python {@code random()}: 53 random bits from two words (27 + 26 bits). */
    public double random() {
        long a = mt.nextWord() >>> 5;
        long b = mt.nextWord() >>> 6;
        return (a * TWO_POW_26 + b) * TWO_POW_MINUS_53;
    }

    /** Python {@code shuffle(x)} in place (Fisher-Yates from the end). */
    public <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, randbelow(i + 1));
        }
    }

    /**
     * Python {@code sample(population, k)}; the result is in selection order. The choice
     * between the pool and the set method changes which values are drawn, so the
     * threshold must be computed exactly as CPython does (see {@link #setSize(int)}).
     */
    public <T> List<T> sample(List<T> population, int k) {
        int n = population.size();
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("Sample larger than population or is negative");
        }
        List<T> result = new ArrayList<>(k);
        if (n <= setSize(k)) {
            List<T> pool = new ArrayList<>(population);
            for (int i = 0; i < k; i++) {
                int j = randbelow(n - i);
                result.add(pool.get(j));
                pool.set(j, pool.get(n - i - 1));
            }
        } else {
            // The set method runs when k is small next to n: remember k indices, not n flags.
            Set<Integer> selected = new HashSet<>(2 * k);
            for (int i = 0; i < k; i++) {
                int j = randbelow(n);
                while (!selected.add(j)) {
                    j = randbelow(n);
                }
                result.add(population.get(j));
            }
        }
        return result;
    }

    /**
     * CPython's {@code 21 + 4 ** ceil(log(3k, 4))} for k > 5. The logarithm is a
     * floating-point quotient in CPython; 3k is never a power of 4, so the quotient is
     * far enough from an integer that any faithful {@code log} gives the same ceiling.
     */
    static long setSize(int k) {
        long size = 21;
        if (k > 5) {
            double exponent = Math.ceil(Math.log(3.0 * k) / Math.log(4.0));
            size += 1L << (2 * (long) exponent);
        }
        return size;
    }
}
