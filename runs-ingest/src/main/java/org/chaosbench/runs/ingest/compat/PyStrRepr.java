package org.chaosbench.runs.ingest.compat;

/**
 * Python {@code repr(str)}. CPython quotes with {@code '} unless the text contains a
 * {@code '} and no {@code "}; only the chosen quote is escaped. Printability follows
 * {@code str.isprintable}, approximated by the JDK's Unicode categories (the JDK and
 * CPython may ship different Unicode versions, so characters assigned in only one of
 * them can differ).
 */
final class PyStrRepr {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PyStrRepr() {
    }

    static void append(StringBuilder sb, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp >= 0x20 && cp < 0x7f) {
                sb.append((char) cp);
            } else if (cp >= 0x7f && isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                hex(sb.append("\\x"), cp, 2);
            } else if (cp <= 0xffff) {
                hex(sb.append("\\u"), cp, 4);
            } else {
                hex(sb.append("\\U"), cp, 8);
            }
        }
        sb.append(quote);
    }

    /** Python's isprintable: everything but the Other (C*) and Separator (Z*) categories, space excepted. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    private static void hex(StringBuilder sb, int value, int width) {
        for (int shift = 4 * (width - 1); shift >= 0; shift -= 4) {
            sb.append(HEX[(value >>> shift) & 0xf]);
        }
    }
}
