package org.chaosbench.runs.ingest.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The eight-bytes-at-a-time scans against plain loops, at every offset and length. */
class ByteScanTest {
    private static int naiveLineEnd(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    private static int naiveStringStop(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '"' || b[i] == '\\' || b[i] < 0x20) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void scansAgreeWithPlainLoops() {
        Random random = new Random(11);
        byte[] alphabet = {'a', ' ', '"', '\\', '\n', '\r', 0x1f, 0x20, 0x21, '!', '#', 0x7f, 0x0b, 'Z'};
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                // Mostly plain letters, so that matches fall at every position of a word.
                b[i] = random.nextInt(6) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) ('a' + random.nextInt(26));
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length);
            int to = from + (b.length == from ? 0 : random.nextInt(b.length - from + 1));
            assertThat(ByteScan.indexOfLineEnd(b, from, to)).isEqualTo(naiveLineEnd(b, from, to));
            assertThat(ByteScan.indexOfStringStop(b, from, to)).isEqualTo(naiveStringStop(b, from, to));
            boolean ascii = true;
            for (int i = from; i < to; i++) {
                ascii &= b[i] >= 0;
            }
            assertThat(ByteScan.isAscii(b, from, to)).isEqualTo(ascii);
        }
        byte[] high = {'a', 'b', 'c', 'd', 'e', 'f', 'g', (byte) 0xc3, (byte) 0xa9};
        assertThat(ByteScan.isAscii(high, 0, high.length)).isFalse();
        assertThat(ByteScan.isAscii(high, 0, 7)).isTrue();
    }
}
