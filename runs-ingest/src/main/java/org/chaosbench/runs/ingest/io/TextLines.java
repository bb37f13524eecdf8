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

    public static void forEach(Path file, LineHandler handler) {
        forEach(file, handler, problem -> {
            throw problem;
        });
    }

    public static void forEach(Path file, LineHandler handler, BadLineHandler onBadLine) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                InputStream in = Channels.newInputStream(channel)) {
            read(file, in, channel.size(), handler, onBadLine);
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
        byte[] chunk = new byte[1 << 16];
        long total = 0;
        byte[] line = new byte[256];
        int len = 0;
        int number = 1;
        boolean afterCr = false;
        int n;
        while ((n = in.read(chunk)) > 0) {
            total += n;
            int start = 0;
            for (int i = 0; i < n; i++) {
                byte b = chunk[i];
                if (b != '\n' && b != '\r') {
                    continue;
                }
                line = append(line, len, chunk, start, i - start);
                len += i - start;
                start = i + 1;
                if (b == '\n' && afterCr && len == 0) {
                    afterCr = false;
                    continue;
                }
                afterCr = b == '\r';
                emit(file, line, len, number, handler, onBadLine);
                len = 0;
                number++;
            }
            if (start < n) {
                line = append(line, len, chunk, start, n - start);
                len += n - start;
                afterCr = false;
            }
        }
        if (total < sizeAtOpen) {
            throw shrunk(file, number, total, sizeAtOpen);
        }
        emit(file, line, len, number, handler, onBadLine);
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

    private static void emit(Path file, byte[] line, int len, int number, LineHandler handler,
            BadLineHandler onBadLine) {
        if (len == 0) {
            return;
        }
        String text;
        try {
            text = PyText.strip(JsonFiles.decodeUtf8(file, line, 0, len, number));
        } catch (InvalidInputException e) {
            onBadLine.badLine(e);
            return;
        }
        if (!text.isEmpty()) {
            handler.line(number, text);
        }
    }
}
