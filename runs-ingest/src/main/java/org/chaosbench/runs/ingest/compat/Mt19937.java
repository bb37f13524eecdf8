package org.chaosbench.runs.ingest.compat;

/**
 * The MT19937 generator as CPython's {@code _random} module drives it: seeded through
 * {@code init_by_array}, producing one 32-bit word per call.
 *
 * <p>Java {@code int} arithmetic wraps modulo 2^32, which is exactly the unsigned 32-bit
 * arithmetic of the reference algorithm, so the state is kept in an {@code int[]} and
 * only the output is widened to an unsigned value.
 */
final class Mt19937 {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index;

    /** Seeds from key words, least significant word first (CPython splits |seed| so). */
    Mt19937(int[] key) {
        if (key.length == 0) {
            throw new IllegalArgumentException("key must hold at least one word");
        }
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            int prev = mt[i - 1];
            mt[i] = (mt[i] ^ ((prev ^ (prev >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            int prev = mt[i - 1];
            mt[i] = (mt[i] ^ ((prev ^ (prev >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // Guarantees a non-zero state whatever the key was.
        mt[0] = 0x80000000;
    }

    private void initGenrand(int seed) {
        mt[0] = seed;
        for (int i = 1; i < N; i++) {
            int prev = mt[i - 1];
            mt[i] = 1812433253 * (prev ^ (prev >>> 30)) + i;
        }
        index = N;
    }

    /** Next output as an unsigned 32-bit value. */
    long nextWord() {
        if (index >= N) {
            twist();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    private void twist() {
        for (int kk = 0; kk < N; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK);
            int mixed = (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
            mt[kk] = mt[(kk + M) % N] ^ mixed;
        }
        index = 0;
    }
}
