package org.chaosbench.runs.eval.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One row of {@code parse/cases.tsv} (format described in the file header). */
record ParseCase(int line, boolean strict, String input, Outcome outcome, String label,
                 double confidence, String reason) {

    static final String RESOURCE = "/parse/cases.tsv";

    static List<ParseCase> load() {
        List<ParseCase> cases = new ArrayList<>();
        try (InputStream in = ParseCase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String row;
            int line = 0;
            while ((row = r.readLine()) != null) {
                line++;
                if (row.isEmpty() || row.startsWith("#")) {
                    continue;
                }
                String[] f = row.split("\t", -1);
                if (f.length != 6) {
                    throw new IllegalStateException(RESOURCE + ":" + line + ": expected 6 fields, got " + f.length);
                }
                boolean strict = switch (f[0]) {
                    case "strict" -> true;
                    case "lenient" -> false;
                    default -> throw new IllegalStateException(RESOURCE + ":" + line + ": bad mode " + f[0]);
                };
                cases.add(new ParseCase(line, strict, unescape(f[1], line), Outcome.valueOf(f[2]),
                        "null".equals(f[3]) ? null : f[3], Double.parseDouble(f[4]), f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** {@code <null>} is null; escapes {@code \n \r \t \\ \\uXXXX \\UXXXXXXXX}. */
    static String unescape(String field, int line) {
        if ("<null>".equals(field)) {
            return null;
        }
        StringBuilder sb = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char ch = field.charAt(i);
            if (ch != '\\') {
                sb.append(ch);
                continue;
            }
            if (i + 1 >= field.length()) {
                throw new IllegalStateException(RESOURCE + ":" + line + ": dangling backslash");
            }
            char e = field.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case '\\' -> sb.append('\\');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(field.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'U' -> {
                    sb.appendCodePoint(Integer.parseInt(field.substring(i + 1, i + 9), 16));
                    i += 8;
                }
                default -> throw new IllegalStateException(RESOURCE + ":" + line + ": bad escape \\" + e);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        String shown = input == null ? "<null>" : input.replace("\n", "\\n");
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return "line " + line + " " + (strict ? "strict" : "lenient") + " [" + shown + "]";
    }
}
