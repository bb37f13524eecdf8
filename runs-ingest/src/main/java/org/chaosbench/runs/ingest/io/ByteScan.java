package org.chaosbench.runs.ingest.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time (SWAR): the hot loops over run files look for line ends and for
 * non-ASCII bytes, and a byte-by-byte loop there costs more than the JSON parsing.
 */
public final class ByteScan {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LF = ONES * '\n';
    private static final long CR = ONES * '\r';

    private ByteScan() {
    }

    /** Index of the first {@code \n} or {@code \r} in buf[from, to), or -1. */
    static int indexOfLineEnd(byte[] buf, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(buf, i);
            long x = w ^ LF;
            long y = w ^ CR;
            // A zero byte of x or y marks a match; the lowest flagged byte is always a true one.
            long m = ((x - ONES) & ~x | (y - ONES) & ~y) & HIGHS;
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (buf[i] == '\n' || buf[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    private static final long QUOTE = ONES * '"';
    private static final long BACKSLASH = ONES * '\\';
    private static final long SPACES = ONES * 0x20;

    /**
     * Index of the first {@code "}, {@code \\} or control character (below 0x20) in the ASCII
     * bytes buf[from, to), or -1: where a JSON string ends or needs a closer look.
     */
    public static int indexOfStringStop(byte[] buf, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(buf, i);
            long q = w ^ QUOTE;
            long s = w ^ BACKSLASH;
            // Bytes are ASCII here, so w - 0x20 borrows exactly in the bytes below 0x20.
            long m = ((q - ONES) & ~q | (s - ONES) & ~s | (w - SPACES) & ~w) & HIGHS;
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        for (; i < to; i++) {
            byte c = buf[i];
            if (c == '"' || c == '\\' || (c >= 0 && c < 0x20)) {
                return i;
            }
        }
        return -1;
    }

    /** Every byte of buf[from, to) is below 0x80. */
    static boolean isAscii(byte[] buf, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            if (((long) LONGS.get(buf, i) & HIGHS) != 0) {
                return false;
            }
        }
        for (; i < to; i++) {
            if (buf[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
