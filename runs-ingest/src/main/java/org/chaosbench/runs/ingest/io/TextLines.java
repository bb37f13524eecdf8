package org.chaosbench.runs.ingest.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import org.chaosbench.runs.ingest.compat.PyText;

/**
 * Streams the lines of a UTF-8 text file by the reading rules of FORMATS 0.1: lines end at
 * {@code \n}, {@code \r\n} or a lone {@code \r}; each line is trimmed of Python whitespace;
 * blank lines are skipped; invalid UTF-8 is an error naming the line.
 */
public final class TextLines {
    private TextLines() {
    }

    /** Receives each non-blank trimmed line with its 1-based physical line number. */
    @FunctionalInterface
    public interface LineHandler {
        void line(int number, String text);
    }

    /** Receives a line that could not be decoded; without one, the first such line stops the read. */
    @FunctionalInterface
    public interface BadLineHandler {
        void badLine(InvalidInputException problem);
    }

    /**
     * Receives lines without decoding them where possible: a pure-ASCII line arrives as bytes
     * (already trimmed; the array is reused after the call), any other line decoded and trimmed
     * as {@link LineHandler} gets it. Lets hot readers parse bytes directly.
     */
    public interface ByteLineHandler extends LineHandler {
        void asciiLine(int number, byte[] bytes, int from, int to);
    }

    /** As {@link #forEach(Path, LineHandler, BadLineHandler)}, with pure-ASCII lines passed as bytes. */
    public static void forEachAscii(Path file, ByteLineHandler handler, BadLineHandler onBadLine) {
        open(file, in -> read(in, (buf, from, to, number) -> emitAscii(file, buf, from, to, number, handler, onBadLine)));
    }

    public static void forEach(Path file, LineHandler handler) {
        forEach(file, handler, problem -> {
            throw problem;
        });
    }

    public static void forEach(Path file, LineHandler handler, BadLineHandler onBadLine) {
        open(file, in -> read(file, in, handler, onBadLine));
    }

    private interface Reader {
        void read(InputStream in) throws IOException;
    }

    /** One raw line: buf[from, to) without its terminator, and its 1-based physical number. */
    private interface RawLine {
        void line(byte[] buf, int from, int to, int number);
    }

    private static void open(Path file, Reader reader) {
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "file not found");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + AtomicFiles.describe(e), e);
        }
    }

    static void read(Path file, InputStream in, LineHandler handler, BadLineHandler onBadLine) throws IOException {
        read(in, (buf, from, to, number) -> emit(file, buf, from, to, number, handler, onBadLine));
    }

    private static void read(InputStream in, RawLine sink) throws IOException {
        byte[] chunk = new byte[1 << 16];
        // A line that spans two chunks is gathered here; lines inside a chunk are passed in place.
        byte[] carry = new byte[256];
        int carried = 0;
        int number = 1;
        boolean afterCr = false;
        int n;
        while ((n = in.read(chunk)) > 0) {
            int start = 0;
            int eol;
            while ((eol = ByteScan.indexOfLineEnd(chunk, start, n)) >= 0) {
                byte b = chunk[eol];
                if (b == '\n' && afterCr && carried == 0 && eol == start) {
                    // The \n of a \r\n pair: the line already ended at the \r.
                    afterCr = false;
                    start = eol + 1;
                    continue;
                }
                afterCr = b == '\r';
                if (carried > 0) {
                    carry = append(carry, carried, chunk, start, eol - start);
                    carried += eol - start;
                    sink.line(carry, 0, carried, number);
                    carried = 0;
                } else {
                    sink.line(chunk, start, eol, number);
                }
                number++;
                start = eol + 1;
            }
            if (start < n) {
                carry = append(carry, carried, chunk, start, n - start);
                carried += n - start;
                afterCr = false;
            }
        }
        sink.line(carry, 0, carried, number);
    }

    private static byte[] append(byte[] line, int len, byte[] src, int from, int count) {
        if (count == 0) {
            return line;
        }
        byte[] out = len + count <= line.length ? line : Arrays.copyOf(line, Math.max(line.length * 2, len + count));
        System.arraycopy(src, from, out, len, count);
        return out;
    }

    private static void emit(Path file, byte[] buf, int from, int to, int number, LineHandler handler,
            BadLineHandler onBadLine) {
        if (to == from) {
            return;
        }
        String text;
        try {
            text = PyText.strip(JsonFiles.decodeUtf8(file, buf, from, to - from, number));
        } catch (InvalidInputException e) {
            onBadLine.badLine(e);
            return;
        }
        if (!text.isEmpty()) {
            handler.line(number, text);
        }
    }

    private static void emitAscii(Path file, byte[] buf, int from, int to, int number, ByteLineHandler handler,
            BadLineHandler onBadLine) {
        if (!ByteScan.isAscii(buf, from, to)) {
            emit(file, buf, from, to, number, handler, onBadLine);
            return;
        }
        while (from < to && isAsciiSpace(buf[from])) {
            from++;
        }
        while (to > from && isAsciiSpace(buf[to - 1])) {
            to--;
        }
        if (from < to) {
            handler.asciiLine(number, buf, from, to);
        }
    }

    /** The ASCII characters Python's str.strip() removes: \t \n \x0b \x0c \r, \x1c-\x1f and space. */
    private static boolean isAsciiSpace(byte b) {
        return b == ' ' || (b >= 0x09 && b <= 0x0d) || (b >= 0x1c && b <= 0x1f);
    }
}
