package org.chaosbench.runs.ingest.dataset;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.chaosbench.runs.ingest.compat.PyText;
import org.chaosbench.runs.ingest.io.InvalidInputException;

/**
 * Counts the lines of a UTF-8 file that are not blank after trimming Python whitespace,
 * fed chunk by chunk (FORMATS 2.1). Lines end at {@code \n}, {@code \r\n} or a lone
 * {@code \r}; the bytes are checked to be valid UTF-8, as Python's decoding would.
 *
 * <p>This runs beside SHA-256 over every dataset byte, so the common case is made cheap:
 * once a line is known to hold content, only a line end or a non-ASCII byte can change
 * anything, and eight bytes at a time are tested for those with word-wide bit tricks.
 */
final class ContentLineCounter {
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LF = ONES * '\n';
    private static final long CR = ONES * '\r';
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_SPACE[c] = PyText.isSpace(c);
        }
    }

    private final Path file;
    private long contentLines;
    private int physicalLine = 1;
    private boolean lineHasContent;
    private boolean afterCr;
    /** Continuation bytes still expected for the current multi-byte character. */
    private int pending;
    private int codePoint;
    private int minCodePoint;

    ContentLineCounter(Path file) {
        this.file = file;
    }

    void update(byte[] buf, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            if (lineHasContent && pending == 0) {
                // Skip whole words that hold no line end and no non-ASCII byte; in a word that
                // does, jump straight to the first such byte (exact when all bytes are ASCII).
                while (i + 8 <= end) {
                    long w = (long) LONGS.get(buf, i);
                    long stops = hasZeroByte(w ^ LF) | hasZeroByte(w ^ CR) | (w & HIGHS);
                    if (stops != 0) {
                        i += Long.numberOfTrailingZeros(stops) >>> 3;
                        break;
                    }
                    i += 8;
                }
                if (i >= end) {
                    break;
                }
            }
            step(buf[i] & 0xFF);
            i++;
        }
    }

    private static long hasZeroByte(long v) {
        return (v - ONES) & ~v & HIGHS;
    }

    private void step(int b) {
        if (pending > 0) {
            continuation(b);
            return;
        }
        if (b == '\n') {
            if (!afterCr) {
                endLine();
            }
            afterCr = false;
            return;
        }
        afterCr = false;
        if (b == '\r') {
            endLine();
            afterCr = true;
        } else if (b < 0x80) {
            if (!ASCII_SPACE[b]) {
                lineHasContent = true;
            }
        } else if (b >= 0xC2 && b <= 0xDF) {
            begin(b & 0x1F, 1, 0x80);
        } else if (b >= 0xE0 && b <= 0xEF) {
            begin(b & 0x0F, 2, 0x800);
        } else if (b >= 0xF0 && b <= 0xF4) {
            begin(b & 0x07, 3, 0x10000);
        } else {
            throw invalidUtf8(b);
        }
    }

    private void begin(int bits, int more, int min) {
        codePoint = bits;
        pending = more;
        minCodePoint = min;
    }

    private void continuation(int b) {
        if ((b & 0xC0) != 0x80) {
            throw invalidUtf8(b);
        }
        codePoint = (codePoint << 6) | (b & 0x3F);
        if (--pending == 0) {
            if (codePoint < minCodePoint || codePoint > 0x10FFFF
                    || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                throw new InvalidInputException(file, physicalLine,
                        "invalid UTF-8: encoded value U+" + Integer.toHexString(codePoint).toUpperCase()
                                + " is not a valid character");
            }
            if (!PyText.isSpace(codePoint)) {
                lineHasContent = true;
            }
        }
    }

    private void endLine() {
        if (lineHasContent) {
            contentLines++;
        }
        lineHasContent = false;
        physicalLine++;
    }

    private InvalidInputException invalidUtf8(int b) {
        return new InvalidInputException(file, physicalLine,
                String.format("invalid UTF-8: unexpected byte 0x%02x", b));
    }

    /** Finishes the count; a file may end without a line end or, wrongly, inside a character. */
    long finish() {
        if (pending > 0) {
            throw new InvalidInputException(file, physicalLine, "invalid UTF-8: file ends inside a character");
        }
        if (lineHasContent) {
            contentLines++;
            lineHasContent = false;
        }
        return contentLines;
    }
}
