package org.chaosbench.runs.ingest.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fuzzer's oracle for JSON: an independent strict parser written from the grammar (RFC
 * 8259) plus the three extensions Python's {@code json} module accepts ({@code NaN},
 * {@code Infinity}, {@code -Infinity}), sharing no code with the product's reader. It records
 * where each value sits, so mutations can replace one value, and it writes a canonical
 * form (compact, ASCII, duplicate keys resolved as Python does) used as the metamorphic
 * twin of a mutated file.
 *
 * <p>Nesting deeper than {@link #MAX_DEPTH} is rejected: Python's recursion limit and the
 * product's parser both stop near there, and the mutations keep clear of the boundary.
 */
final class StrictJson {
    static final int MAX_DEPTH = 1000;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** A JSON value and the character range it occupies in the parsed text. */
    static final class Node {
        final char kind; // o object, a array, s string, n number, t true, f false, z null
        final int start;
        int end;
        String text; // decoded string, or the literal lexeme of a number
        final Map<String, Node> members; // Python dict: first position, last value
        final List<Node> items;

        Node(char kind, int start) {
            this.kind = kind;
            this.start = start;
            this.members = kind == 'o' ? new LinkedHashMap<>() : null;
            this.items = kind == 'a' ? new ArrayList<>() : null;
        }

        /** This value and all values inside it, in document order. */
        void collect(List<Node> out) {
            out.add(this);
            if (members != null) {
                members.values().forEach(v -> v.collect(out));
            }
            if (items != null) {
                items.forEach(v -> v.collect(out));
            }
        }
    }

    /** The text is not one JSON value by the strict grammar. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message, int at) {
            super(message + " at " + at);
        }
    }

    private final String s;
    private int i;

    private StrictJson(String s) {
        this.s = s;
    }

    /** One JSON value with optional JSON whitespace (space, tab, CR, LF) around it, nothing else. */
    static Node parse(String text) throws Invalid {
        StrictJson p = new StrictJson(text);
        p.ws();
        Node n = p.value(1);
        p.ws();
        if (p.i != text.length()) {
            throw new Invalid("extra data", p.i);
        }
        return n;
    }

    static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (Invalid e) {
            return false;
        }
    }

    private void ws() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            i++;
        }
    }

    private Node value(int depth) throws Invalid {
        if (i >= s.length()) {
            throw new Invalid("end of input, expected a value", i);
        }
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"': {
                Node n = new Node('s', i);
                n.text = string();
                n.end = i;
                return n;
            }
            case 't':
                return literal("true", 't');
            case 'f':
                return literal("false", 'f');
            case 'n':
                return literal("null", 'z');
            case 'N':
                return literal("NaN", 'n');
            case 'I':
                return literal("Infinity", 'n');
            default:
                if (c == '-' && s.startsWith("-Infinity", i)) {
                    return literal("-Infinity", 'n');
                }
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw new Invalid("unexpected character U+" + Integer.toHexString(c), i);
        }
    }

    private Node literal(String word, char kind) throws Invalid {
        if (!s.startsWith(word, i)) {
            throw new Invalid("bad literal", i);
        }
        Node n = new Node(kind, i);
        i += word.length();
        n.end = i;
        n.text = word;
        return n;
    }

    private Node number() throws Invalid {
        Node n = new Node('n', i);
        if (s.charAt(i) == '-') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '0') {
            i++;
        } else if (digits() == 0) {
            throw new Invalid("expected a digit", i);
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            if (digits() == 0) {
                throw new Invalid("expected a digit after the point", i);
            }
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            if (digits() == 0) {
                throw new Invalid("expected an exponent digit", i);
            }
        }
        n.end = i;
        n.text = s.substring(n.start, i);
        return n;
    }

    private int digits() {
        int from = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private String string() throws Invalid {
        i++; // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                throw new Invalid("unterminated string", i);
            }
            char c = s.charAt(i++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw new Invalid("control character in string", i - 1);
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (i >= s.length()) {
                throw new Invalid("unterminated escape", i);
            }
            char e = s.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (i + 4 > s.length()) {
                        throw new Invalid("short \\u escape", i);
                    }
                    int v = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = Character.digit(s.charAt(i + k), 16);
                        if (d < 0 || s.charAt(i + k) > 'f') {
                            throw new Invalid("bad hex digit", i + k);
                        }
                        v = v * 16 + d;
                    }
                    i += 4;
                    sb.append((char) v);
                }
                default -> throw new Invalid("bad escape", i - 1);
            }
        }
    }

    private Node object(int depth) throws Invalid {
        if (depth > MAX_DEPTH) {
            throw new Invalid("nesting too deep", i);
        }
        Node n = new Node('o', i);
        i++;
        ws();
        if (i < s.length() && s.charAt(i) == '}') {
            i++;
            n.end = i;
            return n;
        }
        while (true) {
            if (i >= s.length() || s.charAt(i) != '"') {
                throw new Invalid("expected a key", i);
            }
            String key = string();
            ws();
            if (i >= s.length() || s.charAt(i) != ':') {
                throw new Invalid("expected ':'", i);
            }
            i++;
            ws();
            n.members.put(key, value(depth + 1));
            ws();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                ws();
                continue;
            }
            if (i < s.length() && s.charAt(i) == '}') {
                i++;
                n.end = i;
                return n;
            }
            throw new Invalid("expected ',' or '}'", i);
        }
    }

    private Node array(int depth) throws Invalid {
        if (depth > MAX_DEPTH) {
            throw new Invalid("nesting too deep", i);
        }
        Node n = new Node('a', i);
        i++;
        ws();
        if (i < s.length() && s.charAt(i) == ']') {
            i++;
            n.end = i;
            return n;
        }
        while (true) {
            n.items.add(value(depth + 1));
            ws();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                ws();
                continue;
            }
            if (i < s.length() && s.charAt(i) == ']') {
                i++;
                n.end = i;
                return n;
            }
            throw new Invalid("expected ',' or ']'", i);
        }
    }

    /** Compact ASCII form: same content, one representation (the metamorphic twin). */
    static String canonical(Node n) {
        StringBuilder sb = new StringBuilder();
        write(sb, n);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Node n) {
        switch (n.kind) {
            case 'o' -> {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<String, Node> e : n.members.entrySet()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    quote(sb, e.getKey());
                    sb.append(": ");
                    write(sb, e.getValue());
                }
                sb.append('}');
            }
            case 'a' -> {
                sb.append('[');
                for (int k = 0; k < n.items.size(); k++) {
                    if (k > 0) {
                        sb.append(", ");
                    }
                    write(sb, n.items.get(k));
                }
                sb.append(']');
            }
            case 's' -> quote(sb, n.text);
            default -> sb.append(n.text);
        }
    }

    private static void quote(StringBuilder sb, String v) {
        sb.append('"');
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
                        .append(HEX[c & 15]);
            }
        }
        sb.append('"');
    }
}
