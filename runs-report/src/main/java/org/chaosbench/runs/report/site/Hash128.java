package org.chaosbench.runs.report.site;

/**
 * The 128-bit hash behind the site's cache keys: FNV-1a and a polynomial hash with a final
 * mix, over a stream of 16-bit units, printed with the number of units. Not SHA-256: keying
 * 1,000 run pages with it cost as much as rendering them (no SHA intrinsic in the client
 * compiler the site runs on), and a cache key needs to tell inputs apart, not to resist an
 * adversary. Feed it piece by piece ({@link DerivedFileCache#key}, {@link ModelKey},
 * {@link SiteInputs}) rather than building one large text first.
 */
final class Hash128 {
    private long fnv = 0xcbf29ce484222325L;
    private long poly = 0x9E3779B97F4A7C15L;
    private long length;

    Hash128 unit(int u) {
        fnv = (fnv ^ u) * 0x100000001b3L;
        poly = poly * 0x5851F42D4C957F2DL + u;
        length++;
        return this;
    }

    Hash128 number(long n) {
        return unit((int) (n >>> 48) & 0xffff).unit((int) (n >>> 32) & 0xffff).unit((int) (n >>> 16) & 0xffff)
                .unit((int) n & 0xffff);
    }

    /** The text's length first, so that two texts in a row can never run into each other. */
    Hash128 text(CharSequence text) {
        int n = text.length();
        number(n);
        for (int i = 0; i < n; i++) {
            unit(text.charAt(i));
        }
        return this;
    }

    Hash128 bytes(byte[] bytes) {
        for (byte b : bytes) {
            unit(b & 0xff);
        }
        return this;
    }

    String value() {
        long mixed = poly;
        mixed ^= mixed >>> 33;
        mixed *= 0xff51afd7ed558ccdL;
        mixed ^= mixed >>> 33;
        return Long.toHexString(length) + "-" + Long.toHexString(fnv) + Long.toHexString(mixed);
    }
}
