package org.chaosbench.runs.ingest.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Python {@code str} semantics that show up in outputs (FORMATS 0.5): the whitespace set
 * of {@code isspace}, {@code strip}/{@code split}, full case mapping, code-point slicing
 * and {@code repr} of small containers. Java's own whitespace notions differ: {@code
 * Character.isWhitespace} rejects no-break spaces and {@code String.strip} follows it.
 */
public final class PyText {

    private PyText() {
    }

    /** Python {@code str.isspace()} for one character. */
    public static boolean isSpace(int codePoint) {
        if (codePoint <= 0x20) {
            return codePoint == 0x20 || (codePoint >= 0x09 && codePoint <= 0x0d)
                    || (codePoint >= 0x1c && codePoint <= 0x1f);
        }
        return codePoint == 0x85 || codePoint == 0xa0 || codePoint == 0x1680
                || (codePoint >= 0x2000 && codePoint <= 0x200a)
                || codePoint == 0x2028 || codePoint == 0x2029 || codePoint == 0x202f
                || codePoint == 0x205f || codePoint == 0x3000;
    }

    /**
     * Python {@code s.strip()}. Scanning chars is enough: every whitespace code point is
     * in the BMP and no surrogate is whitespace.
     */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Python {@code s.split()}: runs of whitespace separate, empty pieces are dropped. */
    public static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                parts.add(s.substring(start, i));
            }
        }
        return parts;
    }

    /** Python {@code s.lower()}: full mappings ({@code İ} becomes two code points), final sigma. */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Python {@code s.upper()}: full mappings ({@code ß} becomes {@code SS}). */
    public static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /**
     * Python {@code s[:n]}: n counts code points, so a surrogate pair is never split; a
     * negative n counts from the end, as in Python.
     */
    public static String firstCodePoints(String s, int n) {
        int total = s.codePointCount(0, s.length());
        int keep = n >= 0 ? Math.min(n, total) : Math.max(0, total + n);
        return s.substring(0, s.offsetByCodePoints(0, keep));
    }

    /**
     * Python {@code repr(list_of_str)}: {@code ['a', "it's"]}. A surrogate pair in the Java
     * string is taken as the character it encodes; Python could also hold two lone
     * surrogates there, which a Java String cannot tell apart (and UTF-8 input never
     * produces).
     */
    public static String reprList(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            PyStrRepr.append(sb, items.get(i));
        }
        return sb.append(']').toString();
    }

    /** Python {@code repr(dict_of_str_to_int)}: {@code {'key': 60, 'k2': 1}} in map order. */
    public static String reprDictStrInt(Map<String, ? extends Number> map) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, ? extends Number> e : map.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            PyStrRepr.append(sb, e.getKey());
            sb.append(": ").append(integerText(e.getValue()));
        }
        return sb.append('}').toString();
    }

    private static String integerText(Number n) {
        if (n instanceof Double || n instanceof Float || n instanceof java.math.BigDecimal) {
            throw new IllegalArgumentException("not an int: " + n);
        }
        return n.toString();
    }
}
