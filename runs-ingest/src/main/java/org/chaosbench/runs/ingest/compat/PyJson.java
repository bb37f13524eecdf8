package org.chaosbench.runs.ingest.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python {@code json.dumps} with its defaults ({@code ensure_ascii=True}, no key
 * sorting), FORMATS 0.2. Published files are compared byte for byte, so separators,
 * escapes and float text follow CPython exactly; Jackson's own writer differs on all
 * three.
 *
 * <p>Accepted values: null, Boolean, Integer/Long/Short/BigInteger, Double/Float,
 * BigDecimal (written as its nearest double, as Python would hold it), String and other
 * CharSequences, {@code Map} with String keys (iteration order is the key order),
 * {@code List}, {@code Object[]} and Jackson {@link JsonNode} trees.
 */
public final class PyJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PyJson() {
    }

    /** {@code json.dumps(value)}: one line, {@code ", "} and {@code ": "}, no newline added. */
    public static String compact(Object value) {
        StringBuilder sb = new StringBuilder(256);
        new Writer(sb, null).write(value, 0);
        return sb.toString();
    }

    /** {@link #compact} written into an existing builder, for encoders that build a line from parts. */
    public static void appendCompact(StringBuilder sb, Object value) {
        new Writer(sb, null).write(value, 0);
    }

    /** {@code json.dumps(value, indent=2)}: no trailing newline, {@code {}} / {@code []} when empty. */
    public static String pretty(Object value) {
        StringBuilder sb = new StringBuilder(1024);
        new Writer(sb, "  ").write(value, 0);
        return sb.toString();
    }

    /** Appends s as a quoted JSON string, escaped like Python's ensure_ascii encoder. */
    public static void appendString(StringBuilder sb, String s) {
        sb.append('"');
        int n = s.length();
        int run = 0; // start of the pending run of characters that need no escape
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c <= 0x7e && c != '"' && c != '\\') {
                continue;
            }
            // Copying whole runs at once is several times faster than one append per char.
            sb.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                // Java strings are UTF-16 already, so astral characters come out as the
                // surrogate pair Python writes and lone surrogates as themselves.
                default -> sb.append("\\u").append(HEX[c >>> 12]).append(HEX[(c >>> 8) & 0xf])
                        .append(HEX[(c >>> 4) & 0xf]).append(HEX[c & 0xf]);
            }
        }
        sb.append(s, run, n);
        sb.append('"');
    }

    /** Python writes non-finite floats as the JavaScript names, not as its repr. */
    static void appendFloat(StringBuilder sb, double d) {
        if (Double.isNaN(d)) {
            sb.append("NaN");
        } else if (Double.isInfinite(d)) {
            sb.append(d > 0 ? "Infinity" : "-Infinity");
        } else {
            sb.append(PyFloat.repr(d));
        }
    }

    /** One dump; {@code indent == null} selects the compact layout. */
    private static final class Writer {
        private final StringBuilder sb;
        private final String indent;
        private final String itemSeparator;

        Writer(StringBuilder sb, String indent) {
            this.sb = sb;
            this.indent = indent;
            this.itemSeparator = indent == null ? ", " : ",";
        }

        void write(Object value, int depth) {
            if (value == null) {
                sb.append("null");
            } else if (value instanceof String s) {
                appendString(sb, s);
            } else if (value instanceof Boolean b) {
                sb.append(b ? "true" : "false");
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof BigInteger) {
                sb.append(value);
            } else if (value instanceof Double || value instanceof Float) {
                appendFloat(sb, ((Number) value).doubleValue());
            } else if (value instanceof BigDecimal d) {
                appendFloat(sb, d.doubleValue());
            } else if (value instanceof CharSequence cs) {
                appendString(sb, cs.toString());
            } else if (value instanceof Map<?, ?> map) {
                writeObject(map.entrySet(), depth);
            } else if (value instanceof List<?> list) {
                writeList(list.iterator(), list.isEmpty(), depth);
            } else if (value instanceof Object[] array) {
                writeList(Arrays.asList(array).iterator(), array.length == 0, depth);
            } else if (value instanceof JsonNode node) {
                writeNode(node, depth);
            } else {
                throw new IllegalArgumentException("Object of type " + value.getClass().getName()
                        + " is not JSON serializable");
            }
        }

        private void writeObject(Collection<? extends Map.Entry<?, ?>> entries, int depth) {
            if (entries.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : entries) {
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("keys must be str, not "
                            + (e.getKey() == null ? "null" : e.getKey().getClass().getName()));
                }
                startItem(first, depth + 1);
                first = false;
                appendString(sb, key);
                sb.append(": ");
                write(e.getValue(), depth + 1);
            }
            endContainer(depth);
            sb.append('}');
        }

        private void writeList(Iterator<?> items, boolean empty, int depth) {
            if (empty) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            boolean first = true;
            while (items.hasNext()) {
                startItem(first, depth + 1);
                first = false;
                write(items.next(), depth + 1);
            }
            endContainer(depth);
            sb.append(']');
        }

        private void writeNode(JsonNode node, int depth) {
            switch (node.getNodeType()) {
                case NULL -> sb.append("null");
                case BOOLEAN -> sb.append(node.booleanValue() ? "true" : "false");
                case STRING -> appendString(sb, node.textValue());
                case NUMBER -> {
                    if (node.isBigInteger()) {
                        sb.append(node.bigIntegerValue());
                    } else if (node.isIntegralNumber()) {
                        sb.append(node.longValue());
                    } else if (node.isBigDecimal()) {
                        appendFloat(sb, node.decimalValue().doubleValue());
                    } else {
                        appendFloat(sb, node.doubleValue());
                    }
                }
                case ARRAY -> writeList(node.elements(), node.isEmpty(), depth);
                case OBJECT -> writeObject(node.properties(), depth);
                default -> throw new IllegalArgumentException("Object of type " + node.getClass().getName()
                        + " is not JSON serializable");
            }
        }

        private void startItem(boolean first, int depth) {
            if (!first) {
                sb.append(itemSeparator);
            }
            if (indent != null) {
                newline(depth);
            }
        }

        private void endContainer(int depth) {
            if (indent != null) {
                newline(depth);
            }
        }

        private void newline(int depth) {
            sb.append('\n');
            for (int i = 0; i < depth; i++) {
                sb.append(indent);
            }
        }
    }
}
