#!/usr/bin/env python3
"""Golden data for the Python-compatibility package (runs-ingest, package ...ingest.compat).

CI has no Python, so the truth about CPython's float repr, round(), format(), json.dumps,
random.Random and str semantics is recorded here once and committed. To keep the files
small while covering well over 100,000 inputs, most inputs are not stored: they are drawn
from random.Random(seed) by the generators below, which the Java tests re-implement draw
for draw on top of PyRandom. Only the SHA-256 of the newline-joined outputs is stored,
plus per-1000-line chunk digests (to locate a mismatch) and the first lines of each output
(to show one).

The generators are a contract with the Java side (GoldenInputs.java): changing the order
or the arguments of any draw here means changing it there too.

Usage (the committed files were written by CPython 3.11, exact version recorded in each
file; FORMATS 0.6 states the random algorithms are unchanged in 3.12/3.13, which this
script has not been run on):
    python3 scripts/golden/gen_compat_golden.py [output_dir]
    python3 scripts/golden/gen_compat_golden.py --dump DIR
The default output directory is runs-ingest/src/test/resources/compat. The output is
deterministic: re-running it must not change any committed byte. --dump leaves the
committed files alone: it writes every digested output as plain text lines under DIR
(e.g. DIR/floats/bits64/repr.txt, line N = line N of the Java message) and the golden
files to DIR/golden.
"""

import gzip
import hashlib
import json
import math
import os
import platform
import random
import struct
import sys
import unicodedata

CHUNK = 1000
SAMPLE_LINES = 200
SCRIPT = "scripts/golden/gen_compat_golden.py"


# ---------------------------------------------------------------- shared helpers

def from_bits(bits):
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def to_bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


DUMP_DIR = None


def dump(name, lines):
    path = os.path.join(DUMP_DIR, name + ".txt")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


def digest(lines, sample_lines=SAMPLE_LINES, name=None):
    """sha256 of the lines joined by newlines, chunk digests and a sample."""
    if DUMP_DIR is not None and name is not None:
        dump(name, lines)
    text = "\n".join(lines)
    chunks = [
        hashlib.sha256("\n".join(lines[i:i + CHUNK]).encode("utf-8")).hexdigest()[:16]
        for i in range(0, len(lines), CHUNK)
    ]
    return {
        "lines": len(lines),
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "chunks": chunks,
        "sample": lines[:sample_lines],
    }


def write_gz_json(path, data):
    payload = (json.dumps(data, indent=1, ensure_ascii=True) + "\n").encode("ascii")
    # mtime=0 and no file name keep the archive byte-identical between runs.
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(payload)
    print(f"wrote {path}: {os.path.getsize(path)} bytes", file=sys.stderr)


def header(kind):
    return {
        "kind": kind,
        "generator": SCRIPT,
        "python": platform.python_version(),
        "unicode": unicodedata.unidata_version,
    }


# ---------------------------------------------------------------- floats

SWITCH_BASES = [1e-4, 1e-5, 1e-3, 1e15, 1e16, 1e17, 1.0, 0.1, 1e22, 1e23, 9.5e-5,
                9.999999999999998e15]


def gen_bits64(r):
    return from_bits(r.getrandbits(64))


def gen_unit(r):
    return r.random()


def gen_decimal(r, exponent_span, exponent_offset):
    sign = r.getrandbits(1)
    ndigits = 1 + r._randbelow(17)
    mantissa = r._randbelow(10 ** ndigits)
    exponent = r._randbelow(exponent_span) - exponent_offset
    return float(f"{'-' if sign else ''}{mantissa}e{exponent}")


def gen_switch(r):
    base = SWITCH_BASES[r._randbelow(len(SWITCH_BASES))]
    offset = r._randbelow(2001) - 1000
    sign = r.getrandbits(1)
    return from_bits((to_bits(base) + offset) | (sign << 63))


def gen_subnormal(r):
    sign = r.getrandbits(1)
    if r._randbelow(2) == 0:
        mantissa = r.getrandbits(52)
    else:
        mantissa = r._randbelow(2000)
    return from_bits(mantissa | (sign << 63))


def gen_tie(r):
    kind = r._randbelow(4)
    if kind == 0:
        # (2^52 + odd) / 2^s: exact value sits halfway between two shortest candidates.
        m = (1 << 52) + 2 * r._randbelow(1 << 51) + 1
        s = 1 + r._randbelow(6)
        x = math.ldexp(float(m), -s)
    elif kind == 1:
        a = r._randbelow(10 ** 6)
        b = r._randbelow(10 ** 4)
        x = float(f"{a}.{b:04d}5")
    elif kind == 2:
        a = r._randbelow(1000)
        b = r._randbelow(100)
        x = float(f"{a}.{b:02d}5")
    else:
        # a / 2^s is exact: a true tie for round(x, n) when s > n.
        a = r._randbelow(10 ** 6)
        s = 1 + r._randbelow(6)
        x = a / (1 << s)
    return -x if r.getrandbits(1) else x


def powers_of_two():
    out = []
    for k in range(-1074, 1024):
        x = math.ldexp(1.0, k)
        for y in (x, math.nextafter(x, -math.inf), math.nextafter(x, math.inf)):
            out.append(y)
            out.append(-y)
    return out


def find_midpoints():
    """Short decimals d*10^j lying exactly halfway between two adjacent doubles.

    Python's repr of the neighbour with the even significand is that short decimal even
    though it is an interval end: the bounds are inclusive for even significands.
    """
    pairs = []
    for j in range(0, 309):
        for d in range(1, 10000):
            value = d * 10 ** j
            if value > 1.7e308:
                break
            x = float(value)
            xi = int(x)
            if xi == value:
                continue
            other = math.nextafter(x, math.inf if xi < value else -math.inf)
            if other != math.inf and 2 * value == xi + int(other):
                pairs.append([d, j])
    return pairs


def midpoint_values(pairs):
    out = []
    for d, j in pairs:
        value = d * 10 ** j
        x = float(value)
        out.append(x)
        out.append(math.nextafter(x, math.inf if int(x) < value else -math.inf))
    return out


def specials():
    return [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308,
            0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 2.675, 0.125, 0.375, 0.5, 1.5, 2.5,
            1e-4, 9.999999999999999e-05, 1e-5, 1e16, 9999999999999998.0, 1e15, 1e17, 1e22,
            1e23, 2e23, 8.41e21, 5e-310, 123456789012345678.0, 9007199254740993.0,
            2.3939999778122e-06, 0.7114171109915375, 0.012, 0.00005, 0.00015, 0.00025,
            -0.00005, 1234.5, 0.045, 1.0005, 100.0, 1e100, 1e-100, 4.35, 0.615]


# Every category gets these; the extra views below skip "bits64", whose extreme
# magnitudes "decimal_wide" covers more cheaply.
MAIN_VIEWS = ("repr", "round4", "f4")


def float_views():
    return {
        "repr": repr,
        "round4": lambda x: repr(round(x, 4)),
        "f4": lambda x: format(x, ".4f"),
        "round2": lambda x: repr(round(x, 2)),
        "f2": lambda x: format(x, ".2f"),
        "round0": lambda x: repr(round(x, 0)),
        "roundm2": lambda x: repr(round(x, -2)),
        "f0": lambda x: format(x, ".0f"),
        "pct2": lambda x: format(x, ".2%"),
    }


def float_categories(midpoint_pairs):
    seeded = [
        ("bits64", 101, 40000, gen_bits64),
        ("unit", 102, 20000, gen_unit),
        ("decimal", 103, 20000, lambda r: gen_decimal(r, 61, 30)),
        ("decimal_wide", 104, 10000, lambda r: gen_decimal(r, 661, 345)),
        ("switch", 105, 10000, gen_switch),
        ("subnormal", 106, 10000, gen_subnormal),
        ("ties", 107, 10000, gen_tie),
    ]
    out = []
    for name, seed, count, gen in seeded:
        r = random.Random(seed)
        out.append((name, {"seed": seed, "count": count}, [gen(r) for _ in range(count)]))
    out.append(("pow2", {}, powers_of_two()))
    out.append(("midpoints", {"pairs": midpoint_pairs}, midpoint_values(midpoint_pairs)))
    out.append(("specials", {"hex": [f"{to_bits(x):016x}" for x in specials()]}, specials()))
    return out


def floats_golden():
    data = header("floats")
    data["views"] = list(float_views())
    categories = []
    for name, params, values in float_categories(find_midpoints()):
        entry = {"name": name}
        entry.update(params)
        entry["values"] = len(values)
        entry["views"] = {}
        for view, fn in float_views().items():
            if name == "bits64" and view not in MAIN_VIEWS:
                continue
            # Long fixed-point lines of huge values make poor samples; keep those short.
            entry["views"][view] = digest([fn(x) for x in values],
                                          SAMPLE_LINES if view in ("repr", "round4") else 40,
                                          f"floats/{name}/{view}")
        categories.append(entry)
    data["categories"] = categories
    return data


# ---------------------------------------------------------------- json

def gen_code_point(r):
    cls = r._randbelow(6)
    if cls == 0:
        return 0x20 + r._randbelow(95)
    if cls == 1:
        c = r._randbelow(33)
        return 0x7F if c == 32 else c
    if cls == 2:
        return 0x80 + r._randbelow(0xD800 - 0x80)
    if cls == 3:
        return 0xE000 + r._randbelow(0x2000)
    if cls == 4:
        return 0x10000 + r._randbelow(0x100000)
    return 0xD800 + r._randbelow(0x800)  # lone surrogate


def gen_string(r, length):
    return "".join(chr(gen_code_point(r)) for _ in range(length))


def gen_json_float(r):
    kind = r._randbelow(4)
    if kind == 0:
        return r.random()
    if kind == 1:
        return float(f"{r._randbelow(10 ** 6)}e{r._randbelow(41) - 20}")
    if kind == 2:
        return [math.nan, math.inf, -math.inf, -0.0, 0.0][r._randbelow(5)]
    return from_bits(r.getrandbits(64))


def gen_json_value(r, depth):
    kind = r._randbelow(8 if depth < 4 else 5)
    if kind == 0:
        return None
    if kind == 1:
        return r.getrandbits(1) == 1
    if kind == 2:
        return r._randbelow(1 << 40) - (1 << 39)
    if kind == 3:
        return gen_json_float(r)
    if kind == 4:
        return gen_string(r, r._randbelow(6))
    if kind == 5:
        n = r._randbelow(5)
        return [gen_json_value(r, depth + 1) for _ in range(n)]
    if kind == 6:
        n = r._randbelow(5)
        d = {}
        for _ in range(n):
            key = gen_string(r, r._randbelow(4))
            value = gen_json_value(r, depth + 1)
            d[key] = value  # a repeated key keeps its first position, like LinkedHashMap
        return d
    return (r.getrandbits(64) << 20) - (1 << 83)


def json_golden():
    data = header("json")
    r = random.Random(201)
    strings = [gen_string(r, r._randbelow(12)) for _ in range(10000)]
    r = random.Random(202)
    values = [gen_json_value(r, 0) for _ in range(3000)]
    data["strings"] = {"seed": 201, "count": len(strings),
                       "dumps": digest([json.dumps(s) for s in strings], name="json/strings")}
    data["structures"] = {
        "seed": 202,
        "count": len(values),
        "compact": digest([json.dumps(v) for v in values], 60, "json/compact"),
        # Pretty dumps span lines; each value's dump is one element of the joined list.
        "pretty": digest([json.dumps(v, indent=2) for v in values], 20, "json/pretty"),
    }
    return data


# ---------------------------------------------------------------- random

RANDBELOW_BOUNDS = [1, 2, 3, 5, 7, 10, 100, 1000, 40886, 2 ** 31 - 1, 2 ** 31, 10 ** 12,
                    2 ** 62 + 1]
SAMPLE_CASES = [(40886, 10), (5000, 100), (100, 10), (50, 10), (21, 21), (10, 6), (85, 10),
                (86, 10), (1000, 0), (300, 77), (1, 1)]
SHUFFLE_SIZES = [0, 1, 2, 10, 100, 1000]
SEEDS = [0, 1, 42, 7, -5, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 5, 2 ** 64 - 1, 2 ** 64 + 7,
         12345678901234567890123456789, 2 ** 100 + 3, -(2 ** 70)]


def random_lines(seed):
    r = random.Random(seed)
    lines = []
    for _ in range(2000):
        lines.append(str(r.getrandbits(32)))
    for _ in range(2000):
        lines.append(f"{to_bits(r.random()):016x}")
    for i in range(2000):
        lines.append(str(r._randbelow(RANDBELOW_BOUNDS[i % len(RANDBELOW_BOUNDS)])))
    for i in range(2000):
        lines.append(str(r.getrandbits(1 + i % 64)))
    for n, k in SAMPLE_CASES:
        lines.append(" ".join(map(str, r.sample(range(n), k))))
    for n in SHUFFLE_SIZES:
        items = list(range(n))
        r.shuffle(items)
        lines.append(" ".join(map(str, items)))
    return lines


def random_golden():
    data = header("random")
    data["seeds"] = [{"seed": str(seed), "output": digest(random_lines(seed), 50, f"random/{seed}")}
                     for seed in SEEDS]
    return data


# ---------------------------------------------------------------- text

def runs_of(predicate):
    """Half-open [start, end) ranges of code points for which predicate holds."""
    runs, start = [], None
    for cp in range(0x110000):
        if predicate(cp):
            if start is None:
                start = cp
        elif start is not None:
            runs.append([start, cp])
            start = None
    if start is not None:
        runs.append([start, 0x110000])
    return runs


def gen_repr_code_point(r):
    kind = r._randbelow(8)
    if kind < 6:
        return gen_code_point(r)
    if kind == 6:
        return ord("'\"\\"[r._randbelow(3)])
    return 0x20 + r._randbelow(95)


def gen_repr_list(r):
    return ["".join(chr(gen_repr_code_point(r)) for _ in range(r._randbelow(8)))
            for _ in range(r._randbelow(4))]


def text_golden():
    data = header("text")
    # Stored line by line, not as a digest: Java may skip lines holding characters its
    # older Unicode tables do not know.
    r = random.Random(301)
    data["repr_lists"] = {"seed": 301, "lines": [repr(gen_repr_list(r)) for _ in range(2000)]}
    data["isspace"] = [cp for cp in range(0x110000) if chr(cp).isspace()]
    data["isprintable_runs"] = runs_of(lambda cp: chr(cp).isprintable())
    casing = []
    for cp in range(0x110000):
        c = chr(cp)
        if c.lower() != c or c.upper() != c:
            casing.append([cp, [ord(x) for x in c.lower()], [ord(x) for x in c.upper()]])
    data["casing"] = casing
    return data


def main():
    global DUMP_DIR
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = os.path.join(root, "runs-ingest", "src", "test", "resources", "compat")
    args = sys.argv[1:]
    if args[:1] == ["--dump"] and len(args) == 2:
        DUMP_DIR = args[1]
        out = os.path.join(DUMP_DIR, "golden")
    elif len(args) == 1:
        out = args[0]
    elif args:
        sys.exit(__doc__)
    os.makedirs(out, exist_ok=True)
    write_gz_json(os.path.join(out, "random.json.gz"), random_golden())
    write_gz_json(os.path.join(out, "json.json.gz"), json_golden())
    write_gz_json(os.path.join(out, "text.json.gz"), text_golden())
    write_gz_json(os.path.join(out, "floats.json.gz"), floats_golden())


if __name__ == "__main__":
    main()
