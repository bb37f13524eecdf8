package org.chaosbench.runs.ingest.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
        open(file, (in, size) -> read(file, in, size,
                (buf, from, to, number) -> emitAscii(file, buf, from, to, number, handler, onBadLine)));
    }

    public static void forEach(Path file, LineHandler handler) {
        forEach(file, handler, problem -> {
            throw problem;
        });
    }

    public static void forEach(Path file, LineHandler handler, BadLineHandler onBadLine) {
        open(file, (in, size) -> read(file, in, size, handler, onBadLine));
    }

    private interface Reader {
        void read(InputStream in, long sizeAtOpen) throws IOException;
    }

    /** One raw line: buf[from, to) without its terminator, and its 1-based physical number. */
    private interface RawLine {
        void line(byte[] buf, int from, int to, int number);
    }

    private static void open(Path file, Reader reader) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                InputStream in = Channels.newInputStream(channel)) {
            reader.read(in, channel.size());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "file not found");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + AtomicFiles.describe(e), e);
        }
    }

    /**
     * @param sizeAtOpen the file's size when it was opened: reaching the end before that many
     *        bytes means another process truncated it meanwhile, and the lines read so far would
     *        pass for the whole file; that is an error, never a silently shorter result
     */
    static void read(Path file, InputStream in, long sizeAtOpen, LineHandler handler, BadLineHandler onBadLine)
            throws IOException {
        read(file, in, sizeAtOpen, (buf, from, to, number) -> emit(file, buf, from, to, number, handler, onBadLine));
    }

    private static void read(Path file, InputStream in, long sizeAtOpen, RawLine sink) throws IOException {
        byte[] chunk = new byte[1 << 16];
        long total = 0;
        // A line that spans two chunks is gathered here; lines inside a chunk are passed in place.
        byte[] carry = new byte[256];
        int carried = 0;
        int number = 1;
        boolean afterCr = false;
        int n;
        while ((n = in.read(chunk)) > 0) {
            total += n;
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
        if (total < sizeAtOpen) {
            throw shrunk(file, number, total, sizeAtOpen);
        }
        sink.line(carry, 0, carried, number);
    }

    /** The error for a file that got shorter while it was read (FORMATS has no such case: it is ours). */
    static InvalidInputException shrunk(Path file, int line, long read, long sizeAtOpen) {
        return new InvalidInputException(file, line, "changed while it was read: the file had " + sizeAtOpen
                + " bytes when opened but ended after " + read + " (truncated by another process?); read it again"
                + " once whatever writes it has finished");
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
