package org.chaosbench.runs.ingest.audit.run;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.io.NumberInput;

import org.chaosbench.runs.ingest.io.ByteScan;

/**
 * The fastest path for predictions rows: a strict scanner for the one shape the runners write
 * (an object of plain ASCII strings without escapes, JSON numbers, literals and nested values
 * that are skipped). It accepts only what is certainly valid JSON and returns null for
 * anything else (an escape, a control character, NaN, a syntax error...), so that the Jackson
 * paths decide those rows: the result is the same as theirs, only cheaper, because nothing is
 * allocated for the fields the audit does not read.
 */
final class FlatRowScanner {
    private static final byte[] ID = bytes("id");
    private static final byte[] OUTCOME = bytes("outcome");
    private static final byte[] CORRECT = bytes("correct");
    private static final byte[] GROUND_TRUTH = bytes("ground_truth");
    private static final byte[] PARSED_LABEL = bytes("parsed_label");
    private static final byte[] TASK_FAMILY = bytes("task_family");
    private static final byte[] PRED_TEXT = bytes("pred_text");
    private static final byte[] LATENCY = bytes("latency_s");
    /** Nested values deeper than this are left to Jackson (which enforces its own limit). */
    private static final int MAX_DEPTH = 64;

    private final byte[] b;
    private final int end;
    private int pos;

    private FlatRowScanner(byte[] bytes, int from, int to) {
        this.b = bytes;
        this.pos = from;
        this.end = to;
    }

    /** The row, or null when this scanner does not take it (the caller falls back). */
    static PredictionRow scan(byte[] bytes, int from, int to) {
        try {
            return new FlatRowScanner(bytes, from, to).row();
        } catch (Bail e) {
            return null;
        }
    }

    /** Thrown to step aside; carries no stack trace, as it is not an error. */
    private static final class Bail extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Bail INSTANCE = new Bail();

        private Bail() {
            super(null, null, false, false);
        }
    }

    private PredictionRow row() {
        String id = null;
        String outcome = null;
        Boolean correct = null;
        String gt = null;
        String parsed = null;
        String family = null;
        String predText = null;
        Double latency = null;
        ws();
        expect('{');
        ws();
        if (peek() == '}') {
            pos++;
        } else {
            while (true) {
                int keyStart = stringBody();
                int keyEnd = pos - 1;
                ws();
                expect(':');
                ws();
                // Later duplicates win, as in Jackson's tree; a value of another type reads as null.
                if (is(keyStart, keyEnd, ID)) {
                    id = stringOrSkip();
                } else if (is(keyStart, keyEnd, OUTCOME)) {
                    outcome = stringOrSkip();
                } else if (is(keyStart, keyEnd, GROUND_TRUTH)) {
                    gt = stringOrSkip();
                } else if (is(keyStart, keyEnd, PARSED_LABEL)) {
                    parsed = stringOrSkip();
                } else if (is(keyStart, keyEnd, TASK_FAMILY)) {
                    family = stringOrSkip();
                } else if (is(keyStart, keyEnd, PRED_TEXT)) {
                    predText = stringOrSkip();
                } else if (is(keyStart, keyEnd, CORRECT)) {
                    correct = booleanOrSkip();
                } else if (is(keyStart, keyEnd, LATENCY)) {
                    latency = numberOrSkip();
                } else {
                    skipValue(0);
                }
                ws();
                byte c = next();
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    throw Bail.INSTANCE;
                }
                ws();
            }
        }
        ws();
        if (pos != end) {
            throw Bail.INSTANCE;
        }
        return new PredictionRow(id, outcome, correct, gt, parsed, family, predText, latency);
    }

    private String stringOrSkip() {
        if (peek() != '"') {
            skipValue(0);
            return null;
        }
        int start = stringBody();
        return new String(b, start, pos - 1 - start, StandardCharsets.ISO_8859_1);
    }

    private Boolean booleanOrSkip() {
        byte c = peek();
        if (c == 't' || c == 'f') {
            boolean value = c == 't';
            literal(value ? "true" : "false");
            return value;
        }
        skipValue(0);
        return null;
    }

    private Double numberOrSkip() {
        byte c = peek();
        if (c == '-' || (c >= '0' && c <= '9')) {
            int start = pos;
            number();
            return NumberInput.parseDouble(new String(b, start, pos - start, StandardCharsets.ISO_8859_1), true);
        }
        skipValue(0);
        return null;
    }

    /** Consumes a string; returns the index of its first content byte (the closing quote is at pos - 1). */
    private int stringBody() {
        expect('"');
        int start = pos;
        int stop = ByteScan.indexOfStringStop(b, pos, end);
        // Escapes and control characters are rare: Jackson handles them.
        if (stop < 0 || b[stop] != '"') {
            throw Bail.INSTANCE;
        }
        pos = stop + 1;
        return start;
    }

    private void skipValue(int depth) {
        if (depth > MAX_DEPTH) {
            throw Bail.INSTANCE;
        }
        byte c = peek();
        switch (c) {
            case '"' -> stringBody();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            case '{' -> container('}', depth, true);
            case '[' -> container(']', depth, false);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    number();
                } else {
                    throw Bail.INSTANCE;
                }
            }
        }
    }

    private void container(char close, int depth, boolean object) {
        pos++;
        ws();
        if (peek() == close) {
            pos++;
            return;
        }
        while (true) {
            if (object) {
                stringBody();
                ws();
                expect(':');
                ws();
            }
            skipValue(depth + 1);
            ws();
            byte c = next();
            if (c == close) {
                return;
            }
            if (c != ',') {
                throw Bail.INSTANCE;
            }
            ws();
        }
    }

    /** A JSON number by the grammar: -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)? */
    private void number() {
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else {
            digits();
        }
        if (pos < end && b[pos] == '.') {
            pos++;
            digits();
        }
        if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
            pos++;
            if (pos < end && (b[pos] == '+' || b[pos] == '-')) {
                pos++;
            }
            digits();
        }
        // A number runs into a letter or digit only in invalid JSON ("01", "1x").
        if (pos < end && (Character.isLetterOrDigit(b[pos]) || b[pos] == '.')) {
            throw Bail.INSTANCE;
        }
    }

    private void digits() {
        int start = pos;
        while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
            pos++;
        }
        // Long numbers go to Jackson, which applies its number-length limit.
        if (pos == start || pos - start > 300) {
            throw Bail.INSTANCE;
        }
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (next() != word.charAt(i)) {
                throw Bail.INSTANCE;
            }
        }
        if (pos < end && Character.isLetterOrDigit(b[pos])) {
            throw Bail.INSTANCE;
        }
    }

    private void ws() {
        while (pos < end && (b[pos] == ' ' || b[pos] == '\t' || b[pos] == '\n' || b[pos] == '\r')) {
            pos++;
        }
    }

    private void expect(char c) {
        if (next() != c) {
            throw Bail.INSTANCE;
        }
    }

    private byte peek() {
        if (pos >= end) {
            throw Bail.INSTANCE;
        }
        return b[pos];
    }

    private byte next() {
        if (pos >= end) {
            throw Bail.INSTANCE;
        }
        return b[pos++];
    }

    private boolean is(int from, int to, byte[] name) {
        if (to - from != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (b[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
