package org.chaosbench.runs.report.template;

/**
 * The escaping rules of the plain-text output formats, one static function per format so that
 * Java code writing the same formats (CSV tables, Markdown cells) escapes exactly as templates do.
 */
public final class TextEscapes {
    private TextEscapes() {
    }

    /**
     * CommonMark/GFM text: every ASCII punctuation character that can start markup is
     * backslash-escaped (CommonMark allows escaping any ASCII punctuation), line breaks become
     * spaces so that a value never leaves its table row or paragraph.
     */
    public static String markdown(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '(', ')', '#', '+', '!', '|', '~', '&', '$' ->
                        "\\" + c;
                case '\n', '\r', '\u2028', '\u2029' -> " ";
                default -> null;
            };
            out = append(out, s, i, c, replacement);
        }
        return out == null ? s : out.toString();
    }

    /**
     * A Markdown code span holding {@code s} literally: the fence is one backtick longer than
     * the longest backtick run inside, and {@code |} is escaped because GFM splits table cells
     * on it even inside code spans.
     */
    public static String markdownCode(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String body = s.replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
        boolean pad = body.startsWith("`") || body.endsWith("`");
        return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
    }

    /** LaTeX text mode: the ten special characters become their text-mode commands. */
    public static String latex(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '\\' -> "\\textbackslash{}";
                case '{', '}', '$', '&', '#', '_', '%' -> "\\" + c;
                case '^' -> "\\textasciicircum{}";
                case '~' -> "\\textasciitilde{}";
                case '\n', '\r' -> " ";
                default -> null;
            };
            out = append(out, s, i, c, replacement);
        }
        return out == null ? s : out.toString();
    }

    /**
     * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A value that
     * a spreadsheet would run as a formula ({@code = + @}, tab, carriage return, or {@code -}
     * not followed by a digit) gets a leading apostrophe (OWASP CSV injection); negative numbers
     * stay numbers.
     */
    public static String csv(String s) {
        String v = s;
        if (!v.isEmpty() && startsFormula(v)) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static boolean startsFormula(String v) {
        char c = v.charAt(0);
        if (c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r') {
            return true;
        }
        if (c == '-') {
            return v.length() == 1 || !(Character.isDigit(v.charAt(1)) || v.charAt(1) == '.');
        }
        return false;
    }

    private static StringBuilder append(StringBuilder out, String s, int i, char c, String replacement) {
        if (replacement == null) {
            if (out != null) {
                out.append(c);
            }
            return out;
        }
        StringBuilder b = out != null ? out : new StringBuilder(s.length() + 16).append(s, 0, i);
        return b.append(replacement);
    }
}
