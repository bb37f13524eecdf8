package org.chaosbench.runs.ingest.compat;

/**
 * A positive value cut down to 18 significant digits: {@code head * 10^exponent} with
 * head in [10^17, 10^18), and whether the cut lost anything. Eighteen digits are one
 * more than a double ever needs, so the truncation, or the truncation plus one unit, at
 * any precision up to 17 can be derived from {@code head} alone, and the dropped part's
 * comparison with one half is exact.
 */
final class DecimalTruncation {

    static final int DIGITS = 18;
    static final long MIN_HEAD = 100_000_000_000_000_000L;
    static final long MAX_HEAD = 999_999_999_999_999_999L;

    final long head;
    final int exponent;
    final boolean exact;

    DecimalTruncation(long head, int exponent, boolean exact) {
        if (head < MIN_HEAD || head > MAX_HEAD) {
            throw new IllegalArgumentException("head must have 18 digits: " + head);
        }
        this.head = head;
        this.exponent = exponent;
        this.exact = exact;
    }
}
