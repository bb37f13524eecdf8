package org.chaosbench.runs.ingest.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Applies one {@link MutationKind} to the bytes of a real file. Everything is drawn from the
 * given {@link Random}, so a case is reproduced from its seed alone. Value-level mutations
 * (wrong type, huge number, NaN, nesting, long string) replace one JSON value found by
 * {@link StrictJson}, leaving every other byte as it was.
 */
final class Mutator {
    /** The mutated bytes and a short human description for failure reports. */
    record Mutant(byte[] bytes, String description) {
    }

    private static final String[] HUGE = {"1e999", "-1e999", "1e-999", "123456789012345678901234567890",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1.7976931348623157e308",
        "1.8e308", "4.9e-324", "2.5e-324", "1E400", "-0", "-0.0", "0e0"};
    private static final String[] NON_FINITE = {"NaN", "Infinity", "-Infinity", "+Infinity", "-INF", "+INF",
        "INF", "nan", "inf", "-NaN", "+NaN", "Infinity1", "NaNN", "-Inf", "infinity"};
    private static final byte[][] BAD_UTF8 = {{(byte) 0xff}, {(byte) 0xfe}, {(byte) 0xc0, (byte) 0x80},
        {(byte) 0x80}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xc3}, {(byte) 0xf0, (byte) 0x9f, (byte) 0x98}};
    private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    private Mutator() {
    }

    static Mutant mutate(MutationKind kind, byte[] in, Random rnd) {
        return switch (kind) {
            case BYTE_FLIP -> byteFlip(in, rnd);
            case TRUNCATE -> truncate(in, rnd);
            case DUPLICATE_LINE -> duplicateLine(in, rnd);
            case DELETE_LINE -> deleteLine(in, rnd);
            case WRONG_TYPE -> replaceValue(in, rnd, kind);
            case HUGE_NUMBER -> replaceValue(in, rnd, kind);
            case NAN_INFINITY -> replaceValue(in, rnd, kind);
            case DEEP_NESTING -> replaceValue(in, rnd, kind);
            case LONG_LINE -> longLine(in, rnd);
            case INVALID_UTF8 -> invalidUtf8(in, rnd);
            case BOM -> bom(in, rnd);
            case CRLF -> crlf(in, rnd);
        };
    }

    private static Mutant byteFlip(byte[] in, Random rnd) {
        byte[] out = in.clone();
        int flips = 1 + rnd.nextInt(3);
        StringBuilder d = new StringBuilder("byte flip at");
        for (int k = 0; k < flips && out.length > 0; k++) {
            int at = rnd.nextInt(out.length);
            int mask = rnd.nextBoolean() ? 1 << rnd.nextInt(8) : 1 + rnd.nextInt(255);
            out[at] ^= (byte) mask;
            d.append(' ').append(at).append(String.format("^%02x", mask));
        }
        return new Mutant(out, d.toString());
    }

    private static Mutant truncate(byte[] in, Random rnd) {
        List<int[]> lines = lineSpans(in);
        int cut;
        if (rnd.nextInt(3) == 0 && lines.size() > 1) {
            cut = lines.get(rnd.nextInt(lines.size()))[1]; // just after a line terminator
        } else {
            cut = in.length == 0 ? 0 : rnd.nextInt(in.length);
        }
        byte[] out = java.util.Arrays.copyOf(in, cut);
        return new Mutant(out, "truncated to " + cut + " of " + in.length + " bytes");
    }

    private static Mutant duplicateLine(byte[] in, Random rnd) {
        List<int[]> lines = lineSpans(in);
        int k = rnd.nextInt(lines.size());
        int[] span = lines.get(k);
        byte[] line = slice(in, span[0], span[1]);
        if (line.length == 0 || (line[line.length - 1] != '\n' && line[line.length - 1] != '\r')) {
            line = concat(line, new byte[] {'\n'});
        }
        int where = rnd.nextBoolean() ? span[1] : lines.get(rnd.nextInt(lines.size()))[0];
        byte[] out = concat(slice(in, 0, where), line, slice(in, where, in.length));
        return new Mutant(out, "line " + (k + 1) + " duplicated at byte " + where);
    }

    private static Mutant deleteLine(byte[] in, Random rnd) {
        List<int[]> lines = lineSpans(in);
        int k = rnd.nextInt(lines.size());
        int[] span = lines.get(k);
        return new Mutant(concat(slice(in, 0, span[0]), slice(in, span[1], in.length)), "line " + (k + 1) + " deleted");
    }

    private static Mutant invalidUtf8(byte[] in, Random rnd) {
        byte[] bad = BAD_UTF8[rnd.nextInt(BAD_UTF8.length)];
        int at = in.length == 0 ? 0 : rnd.nextInt(in.length);
        boolean replace = rnd.nextBoolean() && at + bad.length <= in.length;
        byte[] out = replace ? concat(slice(in, 0, at), bad, slice(in, at + bad.length, in.length))
                : concat(slice(in, 0, at), bad, slice(in, at, in.length));
        return new Mutant(out, (replace ? "invalid UTF-8 written at byte " : "invalid UTF-8 inserted at byte ") + at
                + " (" + bad.length + " bytes, first 0x" + Integer.toHexString(bad[0] & 0xff) + ")");
    }

    private static Mutant bom(byte[] in, Random rnd) {
        List<int[]> lines = lineSpans(in);
        if (rnd.nextInt(5) > 0 || lines.size() < 2) {
            return new Mutant(concat(BOM, in), "UTF-8 BOM prepended");
        }
        int k = 1 + rnd.nextInt(lines.size() - 1);
        int at = lines.get(k)[0];
        return new Mutant(concat(slice(in, 0, at), BOM, slice(in, at, in.length)), "UTF-8 BOM at the start of line " + (k + 1));
    }

    private static Mutant crlf(byte[] in, Random rnd) {
        int mode = rnd.nextInt(5); // 0-2 all CRLF, 3 all lone CR, 4 a random mix
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + in.length / 20);
        for (byte b : in) {
            if (b != '\n') {
                out.write(b);
                continue;
            }
            int m = mode <= 2 ? 0 : mode == 3 ? 1 : rnd.nextInt(3);
            if (m == 0) {
                out.write('\r');
                out.write('\n');
            } else if (m == 1) {
                out.write('\r');
            } else {
                out.write('\n');
            }
        }
        return new Mutant(out.toByteArray(), new String[] {"CRLF line ends", "CRLF line ends", "CRLF line ends",
            "lone CR line ends", "mixed LF/CR/CRLF line ends"}[mode]);
    }

    private static Mutant longLine(byte[] in, Random rnd) {
        // Mostly up to a few MB; now and then past the parser's 20M-character string limit
        // (plain ASCII then: the escaped canonical twin of 21M non-ASCII characters would be 126 MB).
        int n = switch (rnd.nextInt(20)) {
            case 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 -> 10_000 + rnd.nextInt(90_000);
            case 12, 13, 14, 15, 16, 17 -> 100_000 + rnd.nextInt(900_000);
            case 18 -> 1_000_000 + rnd.nextInt(2_000_000);
            default -> rnd.nextInt(8) == 0 ? 21_000_000 : 2_000_000;
        };
        int style = n > 20_000_000 ? 0 : rnd.nextInt(4);
        if (style == 3) {
            // A whitespace-only line (blank for a JSONL reader) inserted at a line start.
            List<int[]> lines = lineSpans(in);
            int at = lines.get(rnd.nextInt(lines.size()))[0];
            byte[] blank = new byte[n + 1];
            java.util.Arrays.fill(blank, (byte) ' ');
            blank[n] = '\n';
            return new Mutant(concat(slice(in, 0, at), blank, slice(in, at, in.length)),
                    "whitespace line of " + n + " bytes inserted at byte " + at);
        }
        StringBuilder sb = new StringBuilder(n + 2).append('"');
        String unit = style == 0 ? "abcdefghij" : style == 1 ? "\\u00e9\\\"x" : "\u00e9\u4e2d\ud83d\ude00 ";
        while (sb.length() < n) {
            sb.append(unit);
        }
        sb.append('"');
        return splice(in, rnd, sb.toString(), "string of " + n + " characters", true);
    }

    private static Mutant replaceValue(byte[] in, Random rnd, MutationKind kind) {
        return switch (kind) {
            case HUGE_NUMBER -> {
                String v = switch (rnd.nextInt(5)) {
                    case 0 -> digits(rnd, 300 + rnd.nextInt(600));
                    case 1 -> digits(rnd, 1001 + rnd.nextInt(4000));
                    case 2 -> "0." + "0".repeat(400) + "1";
                    default -> HUGE[rnd.nextInt(HUGE.length)];
                };
                yield splice(in, rnd, v, "number " + abbreviate(v), false);
            }
            case NAN_INFINITY -> {
                String v = NON_FINITE[rnd.nextInt(NON_FINITE.length)];
                yield splice(in, rnd, v, v, false);
            }
            case DEEP_NESTING -> {
                int[] depths = {2, 8, 64, 500, 1500, 10_000, 200_000};
                int depth = depths[rnd.nextInt(depths.length)];
                boolean objects = rnd.nextBoolean();
                boolean broken = rnd.nextInt(6) == 0;
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < depth; k++) {
                    sb.append(objects ? "{\"a\": " : "[");
                }
                sb.append("1");
                for (int k = broken ? 1 : 0; k < depth; k++) {
                    sb.append(objects ? "}" : "]");
                }
                yield splice(in, rnd, sb.toString(), (broken ? "unbalanced " : "") + "nesting of depth " + depth
                        + (objects ? " (objects)" : " (lists)"), false);
            }
            default -> wrongType(in, rnd);
        };
    }

    private static Mutant wrongType(byte[] in, Random rnd) {
        Target t = target(in, rnd, false);
        if (t == null) {
            return byteFlip(in, rnd);
        }
        String[] choices = switch (t.node.kind) {
            case 's' -> new String[] {"42", "1.5", "true", "false", "null", "[]", "{}", "[\"x\"]", "{\"k\": \"v\"}"};
            case 'n' -> new String[] {"\"7\"", "true", "null", "[]", "{}", "\"\""};
            case 't', 'f' -> new String[] {"\"true\"", "1", "0", "null", "[]"};
            case 'z' -> new String[] {"\"\"", "0", "false", "[]", "{}", "\"null\""};
            case 'a' -> new String[] {"\"[]\"", "0", "null", "{}", "true"};
            default -> new String[] {"\"{}\"", "0", "null", "[]", "true", "[{}]"};
        };
        String v = choices[rnd.nextInt(choices.length)];
        return t.replace(v, "value at char " + t.node.start + " (" + t.node.kind + ") replaced by " + v);
    }

    private static Mutant splice(byte[] in, Random rnd, String value, String what, boolean preferStrings) {
        Target t = target(in, rnd, preferStrings);
        if (t == null) {
            return byteFlip(in, rnd);
        }
        return t.replace(value, "value at char " + t.node.start + " replaced by " + what);
    }

    /** A value inside the file (in one line of a JSONL file), chosen at random. */
    private record Target(String text, int offset, StrictJson.Node node) {
        Mutant replace(String value, String description) {
            int from = offset + node.start;
            int to = offset + node.end;
            String out = text.substring(0, from) + value + text.substring(to);
            return new Mutant(out.getBytes(StandardCharsets.UTF_8), description);
        }
    }

    private static Target target(byte[] in, Random rnd, boolean preferStrings) {
        String text = Oracle.decode(in, 0, in.length);
        if (text == null) {
            return null;
        }
        int offset = 0;
        StrictJson.Node root = null;
        try {
            root = StrictJson.parse(text);
        } catch (StrictJson.Invalid e) {
            // JSONL: pick one line holding a value.
            List<int[]> spans = new ArrayList<>();
            int start = 0;
            for (int k = 0; k <= text.length(); k++) {
                if (k == text.length() || text.charAt(k) == '\n') {
                    spans.add(new int[] {start, k});
                    start = k + 1;
                }
            }
            for (int attempt = 0; attempt < 8 && root == null; attempt++) {
                int[] s = spans.get(rnd.nextInt(spans.size()));
                try {
                    root = StrictJson.parse(text.substring(s[0], s[1]));
                    offset = s[0];
                } catch (StrictJson.Invalid ignored) {
                    // a blank line; try another
                }
            }
        }
        if (root == null) {
            return null;
        }
        List<StrictJson.Node> all = new ArrayList<>();
        root.collect(all);
        List<StrictJson.Node> pool = all;
        if (preferStrings) {
            List<StrictJson.Node> strings = all.stream().filter(n -> n.kind == 's').toList();
            pool = strings.isEmpty() ? all : strings;
        } else if (all.size() > 1 && rnd.nextInt(20) > 0) {
            pool = all.subList(1, all.size()); // mostly an inner value, now and then the whole document
        }
        return new Target(text, offset, pool.get(rnd.nextInt(pool.size())));
    }

    /** [start, end) of each physical line, terminator included. */
    static List<int[]> lineSpans(byte[] in) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < in.length; k++) {
            if (in[k] == '\n') {
                spans.add(new int[] {start, k + 1});
                start = k + 1;
            }
        }
        if (start < in.length || spans.isEmpty()) {
            spans.add(new int[] {start, in.length});
        }
        return spans;
    }

    private static String digits(Random rnd, int n) {
        StringBuilder sb = new StringBuilder(n);
        sb.append((char) ('1' + rnd.nextInt(9)));
        for (int k = 1; k < n; k++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 20) + "...(" + s.length() + " chars)";
    }

    private static byte[] slice(byte[] a, int from, int to) {
        return java.util.Arrays.copyOfRange(a, from, to);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }
}
