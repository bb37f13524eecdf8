package org.chaosbench.runs.report.site;

import org.chaosbench.runs.ingest.compat.PyRound;

/** The site's number formats, all through compat so that the site agrees with the audit and README index. */
final class Numbers {
    static final String NONE = "\u2014";

    private Numbers() {
    }

    static String fixed4(Double x) {
        return x == null ? NONE : PyRound.fixed(x, 4);
    }

    static String fixed3(Double x) {
        return x == null ? NONE : PyRound.fixed(x, 3);
    }

    static String count(Long n) {
        return n == null ? NONE : PyRound.thousands(n);
    }

    /** The sort key of a cell: empty when unknown, which the script sorts last. */
    static String sortKey(Double x) {
        return x == null ? "" : PyRound.fixed(x, 4);
    }
}
