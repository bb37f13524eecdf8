#!/usr/bin/env python3
"""Reference model of FORMATS section 4 (answer parsing), written from the FORMATS text.

Documentation only: the Java tests never run it (CI has no Python). It exists so that the
expectations in cases.tsv can be cross-checked against real Python `re` / `str` semantics:

    python3 reference_parser.py cases.tsv

prints every case whose expectation this model disagrees with and exits non-zero if any.

cases.tsv columns (tab separated; lines starting with '#' and blank lines are skipped):
  mode        strict | lenient
  input       escaped text: \\n \\r \\t \\\\ \\uXXXX \\UXXXXXXXX; the single word <null> means None
  outcome     VALID_TRUE | VALID_FALSE | INVALID
  label       TRUE | FALSE | null
  confidence  1.0 | 0.9 | 0.0
  reason      raw text, no unescaping (backslashes are literal)
"""
import re
import sys

CLEAN_TABLE = str.maketrans('', '', '*_`#[]()"\'')

PATTERN_SOURCES = [
    r'FINAL[_\s\-]*ANSWER\s*[:=]\s*([^\n.,;]+)',
    r'(?:the\s+)?answer\s+is\s*[:=]?\s*([^\n.,;]+)',
    r'\banswer\s*[:=]\s*([^\n.,;]+)',
    r'\btherefore\s*[,:]?\s*([^\n.,;]+)',
    r'\bconclusion\s*[:=]\s*([^\n.,;]+)',
    r'\bso\s+(?:the\s+answer\s+is\s+)?([^\n.,;]+)',
    r'(?:my\s+)?(?:final|ultimate)\s+answer\s*[:=]?\s*([^\n.,;]+)',
]
PATTERNS = [(src, re.compile(src, re.IGNORECASE)) for src in PATTERN_SOURCES]

AMBIGUITY = [
    'it depends', 'cannot determine', 'cannot be determined', 'not enough information',
    'ambiguous', 'both true and false', 'both false and true', 'neither true nor false',
]


def clean(s):
    return s.translate(CLEAN_TABLE)


def token(t):
    t = t.strip().lower().rstrip('.,;:!?')
    if t in ('yes', 'true', 'y', 't'):
        return 'TRUE'
    if t in ('no', 'false', 'n', 'f'):
        return 'FALSE'
    return None


def final_line(text):
    pieces = [p.strip() for p in text.split('\n')]
    pieces = [p for p in pieces if p]
    if not pieces:
        return None, 'empty text'
    tokens = clean(pieces[-1]).split()
    if not tokens:
        return None, 'empty last line'
    for t in reversed(tokens):
        label = token(t)
        if label:
            return label, 'final line token'
    return None, 'last line tokens unrecognized: ' + repr(tokens[:4])


def patterns(text):
    c = clean(text)
    for src, rx in PATTERNS:
        m = rx.search(c)
        if m:
            for t in reversed(m.group(1).strip().split()):
                label = token(t)
                if label:
                    return label, 'matched pattern: ' + src[:40]
    return None, 'no pattern matched'


def parse(text, strict=True):
    if text is None or not text.strip():
        return 'INVALID', None, 0.0, 'empty response'
    low = text.lower()
    if any(p in low for p in AMBIGUITY):
        return 'INVALID', None, 0.0, 'response signals ambiguity'
    first, second = (final_line, patterns) if strict else (patterns, final_line)
    label, reason = first(text)
    if label is None:
        label, reason = second(text)
    if label is None:
        return 'INVALID', None, 0.0, reason
    conf = 1.0 if 'FINAL_ANSWER' in text.upper() else 0.9
    return 'VALID_' + label, label, conf, reason


ESC = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))')


def unescape(field):
    if field == '<null>':
        return None

    def rep(m):
        if m.group(1):
            return chr(int(m.group(1), 16))
        if m.group(2):
            return chr(int(m.group(2), 16))
        return {'n': '\n', 'r': '\r', 't': '\t', '\\': '\\'}[m.group(3)]

    return ESC.sub(rep, field)


def main(path):
    bad = 0
    n = 0
    with open(path, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            mode, raw, outcome, label, conf, reason = line.split('\t')
            n += 1
            got = parse(unescape(raw), mode == 'strict')
            want = (outcome, None if label == 'null' else label, float(conf), reason)
            if got != want:
                bad += 1
                print(f'{path}:{lineno}: {mode} {raw!r}\n  want {want}\n  got  {got}')
    print(f'{n} cases, {bad} mismatches')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'cases.tsv'))
