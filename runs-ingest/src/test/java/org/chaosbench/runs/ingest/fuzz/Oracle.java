package org.chaosbench.runs.ingest.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a correct reader must make of a file, by the reading rules of FORMATS 0.1, written
 * independently of the product: a JSON document is strict UTF-8 holding one strict JSON
 * value; a JSONL file is split at {@code \n}, {@code \r\n} and lone {@code \r}, each line
 * decoded on its own, trimmed of Python whitespace, blank lines skipped, every other line
 * one strict JSON value. A UTF-8 byte order mark is not whitespace in Python, so a file that
 * starts with one does not parse (the original's {@code json.loads} refuses it).
 */
final class Oracle {
    private Oracle() {
    }

    /** One physical line of a JSONL file: blank, not strict JSON, or a value. */
    record Line(int number, boolean blank, StrictJson.Node value, String text) {
        boolean invalid() {
            return !blank && value == null;
        }
    }

    /** The whole file as one JSON value, or null when it is not one. */
    static StrictJson.Node document(byte[] bytes) {
        String text = decode(bytes, 0, bytes.length);
        if (text == null) {
            return null;
        }
        try {
            return StrictJson.parse(text);
        } catch (StrictJson.Invalid e) {
            return null;
        }
    }

    static List<Line> lines(byte[] bytes) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        int i = 0;
        while (i <= bytes.length) {
            boolean end = i == bytes.length;
            if (!end && bytes[i] != '\n' && bytes[i] != '\r') {
                i++;
                continue;
            }
            if (!(end && start == i && i > 0 && lastWasTerminator(bytes))) {
                lines.add(line(number, bytes, start, i));
            }
            if (end) {
                break;
            }
            if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                i++;
            }
            i++;
            start = i;
            number++;
        }
        return lines;
    }

    private static boolean lastWasTerminator(byte[] bytes) {
        byte b = bytes[bytes.length - 1];
        return b == '\n' || b == '\r';
    }

    private static Line line(int number, byte[] bytes, int from, int to) {
        String text = decode(bytes, from, to - from);
        if (text == null) {
            return new Line(number, false, null, null);
        }
        String trimmed = pyStrip(text);
        if (trimmed.isEmpty()) {
            return new Line(number, true, null, trimmed);
        }
        try {
            return new Line(number, false, StrictJson.parse(trimmed), trimmed);
        } catch (StrictJson.Invalid e) {
            return new Line(number, false, null, trimmed);
        }
    }

    /** Strict UTF-8, or null for any malformed sequence. */
    static String decode(byte[] bytes, int off, int len) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, off, len)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Python {@code str.strip()}: the isspace set of FORMATS 0.5, spelled out here on purpose. */
    static String pyStrip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && PY_SPACE.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && PY_SPACE.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    private static final String PY_SPACE = "\t\n\u000b\u000c\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680"
            + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

    /**
     * The metamorphic twin of a JSONL file: every valid line in canonical form, blank and
     * invalid lines left empty, {@code \n} endings, so line numbers stay the same.
     */
    static byte[] canonicalLines(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            if (l.value() != null) {
                sb.append(StrictJson.canonical(l.value()));
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] canonicalDocument(StrictJson.Node doc) {
        return StrictJson.canonical(doc).getBytes(StandardCharsets.UTF_8);
    }
}
