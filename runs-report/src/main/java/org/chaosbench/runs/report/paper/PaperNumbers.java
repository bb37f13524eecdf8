package org.chaosbench.runs.report.paper;

import org.chaosbench.runs.ingest.compat.PyRound;

/**
 * Number cells of the paper tables, formatted in Java (FORMATS 0.3: rounding on the exact
 * binary value) so that templates only place them. An absent figure is the empty string, which
 * each template shows in its own way (a dash in LaTeX and Markdown, an empty CSV field).
 */
final class PaperNumbers {
    private PaperNumbers() {
    }

    static String fixed(Double x, int decimals) {
        return x == null ? "" : PyRound.fixed(x, decimals);
    }

    static String count(Long n) {
        return n == null ? "" : Long.toString(n);
    }

    static String thousands(Long n) {
        return n == null ? "" : PyRound.thousands(n);
    }
}
