package org.chaosbench.runs.ingest.compat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The input generators of scripts/golden/gen_compat_golden.py, draw for draw on top of
 * PyRandom: the golden files store only digests of CPython's outputs for these inputs.
 * Each method names its Python counterpart; keep both in step.
 */
final class GoldenInputs {

    private static final double[] SWITCH_BASES = {1e-4, 1e-5, 1e-3, 1e15, 1e16, 1e17, 1.0, 0.1, 1e22, 1e23,
        9.5e-5, 9.999999999999998e15};
    private static final BigInteger TWO_POW_83 = BigInteger.ONE.shiftLeft(83);

    private GoldenInputs() {
    }

    /** float_categories: values of one seeded category. */
    static double[] seededFloats(String category, PyRandom r, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = switch (category) {
                case "bits64" -> Double.longBitsToDouble(r.getrandbits(64));
                case "unit" -> r.random();
                case "decimal" -> decimal(r, 61, 30);
                case "decimal_wide" -> decimal(r, 661, 345);
                case "switch" -> nearSwitch(r);
                case "subnormal" -> subnormal(r);
                case "ties" -> tie(r);
                default -> throw new IllegalArgumentException("unknown seeded category " + category);
            };
        }
        return out;
    }

    /** gen_decimal */
    private static double decimal(PyRandom r, int exponentSpan, int exponentOffset) {
        long sign = r.getrandbits(1);
        int ndigits = 1 + r.randbelow(17);
        long mantissa = r.randbelow(Pow10.LONGS[ndigits]);
        int exponent = r.randbelow(exponentSpan) - exponentOffset;
        return Double.parseDouble((sign == 1 ? "-" : "") + mantissa + "e" + exponent);
    }

    /** gen_switch */
    private static double nearSwitch(PyRandom r) {
        double base = SWITCH_BASES[r.randbelow(SWITCH_BASES.length)];
        int offset = r.randbelow(2001) - 1000;
        long sign = r.getrandbits(1);
        return Double.longBitsToDouble((Double.doubleToRawLongBits(base) + offset) | (sign << 63));
    }

    /** gen_subnormal */
    private static double subnormal(PyRandom r) {
        long sign = r.getrandbits(1);
        long mantissa = r.randbelow(2) == 0 ? r.getrandbits(52) : r.randbelow(2000);
        return Double.longBitsToDouble(mantissa | (sign << 63));
    }

    /** gen_tie */
    private static double tie(PyRandom r) {
        int kind = r.randbelow(4);
        double x;
        if (kind == 0) {
            long m = (1L << 52) + 2 * r.randbelow(1L << 51) + 1;
            int s = 1 + r.randbelow(6);
            x = Math.scalb((double) m, -s);
        } else if (kind == 1) {
            long a = r.randbelow(1_000_000);
            long b = r.randbelow(10_000);
            x = Double.parseDouble(a + "." + pad(b, 4) + "5");
        } else if (kind == 2) {
            long a = r.randbelow(1000);
            long b = r.randbelow(100);
            x = Double.parseDouble(a + "." + pad(b, 2) + "5");
        } else {
            long a = r.randbelow(1_000_000);
            int s = 1 + r.randbelow(6);
            x = a / (double) (1 << s);
        }
        return r.getrandbits(1) == 1 ? -x : x;
    }

    private static String pad(long value, int width) {
        String s = Long.toString(value);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }

    /** powers_of_two */
    static double[] powersOfTwo() {
        List<Double> out = new ArrayList<>();
        for (int k = -1074; k < 1024; k++) {
            double x = Math.scalb(1.0, k);
            for (double y : new double[] {x, Math.nextDown(x), Math.nextUp(x)}) {
                out.add(y);
                out.add(-y);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** midpoint_values: each short decimal d*10^j gives the two doubles it lies between. */
    static double[] midpoints(List<long[]> pairs) {
        double[] out = new double[2 * pairs.size()];
        int i = 0;
        for (long[] pair : pairs) {
            BigDecimal value = new BigDecimal(BigInteger.valueOf(pair[0]), (int) -pair[1]);
            double x = Double.parseDouble(pair[0] + "e" + pair[1]);
            out[i++] = x;
            out[i++] = new BigDecimal(x).compareTo(value) < 0 ? Math.nextUp(x) : Math.nextDown(x);
        }
        return out;
    }

    /** gen_code_point */
    static int codePoint(PyRandom r) {
        switch (r.randbelow(6)) {
            case 0:
                return 0x20 + r.randbelow(95);
            case 1:
                int c = r.randbelow(33);
                return c == 32 ? 0x7f : c;
            case 2:
                return 0x80 + r.randbelow(0xd800 - 0x80);
            case 3:
                return 0xe000 + r.randbelow(0x2000);
            case 4:
                return 0x10000 + r.randbelow(0x100000);
            default:
                return 0xd800 + r.randbelow(0x800);
        }
    }

    /** gen_string; appendCodePoint keeps a lone surrogate as the single char Python holds. */
    static String string(PyRandom r, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.appendCodePoint(codePoint(r));
        }
        return sb.toString();
    }

    /** gen_repr_code_point */
    private static int reprCodePoint(PyRandom r) {
        int kind = r.randbelow(8);
        if (kind < 6) {
            return codePoint(r);
        }
        if (kind == 6) {
            return "'\"\\".charAt(r.randbelow(3));
        }
        return 0x20 + r.randbelow(95);
    }

    /**
     * gen_repr_list, as Python's code points: a lone high surrogate followed by a lone low
     * one is two code points in Python but one astral character in a Java String.
     */
    static List<int[]> reprList(PyRandom r) {
        int n = r.randbelow(4);
        List<int[]> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] codePoints = new int[r.randbelow(8)];
            for (int j = 0; j < codePoints.length; j++) {
                codePoints[j] = reprCodePoint(r);
            }
            list.add(codePoints);
        }
        return list;
    }

    /** gen_json_float */
    private static double jsonFloat(PyRandom r) {
        switch (r.randbelow(4)) {
            case 0:
                return r.random();
            case 1:
                long mantissa = r.randbelow(1_000_000);
                int exponent = r.randbelow(41) - 20;
                return Double.parseDouble(mantissa + "e" + exponent);
            case 2:
                return new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0}
                        [r.randbelow(5)];
            default:
                return Double.longBitsToDouble(r.getrandbits(64));
        }
    }

    /** gen_json_value: Python None/bool/int/float/str/list/dict as Java values. */
    static Object jsonValue(PyRandom r, int depth) {
        switch (r.randbelow(depth < 4 ? 8 : 5)) {
            case 0:
                return null;
            case 1:
                return r.getrandbits(1) == 1;
            case 2:
                return r.randbelow(1L << 40) - (1L << 39);
            case 3:
                return jsonFloat(r);
            case 4:
                return string(r, r.randbelow(6));
            case 5: {
                int n = r.randbelow(5);
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    list.add(jsonValue(r, depth + 1));
                }
                return list;
            }
            case 6: {
                int n = r.randbelow(5);
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String key = string(r, r.randbelow(4));
                    map.put(key, jsonValue(r, depth + 1));
                }
                return map;
            }
            default:
                return BigInteger.valueOf(r.getrandbits(64)).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE))
                        .shiftLeft(20).subtract(TWO_POW_83);
        }
    }
}
