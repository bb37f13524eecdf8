package org.chaosbench.runs.report.audit;

import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.report.template.EscapingOutputFormat;
import org.chaosbench.runs.report.template.TextEscapes;

import freemarker.template.TemplateModelException;

/**
 * Cells the audit's Markdown template prints. Figures we format ourselves are passed as
 * ready markup (they hold brackets and dashes that need no escaping); everything that comes
 * from run files stays a plain string, which the .ftlmd template escapes.
 */
final class MarkdownCells {
    static final String DASH = "\u2014";

    private MarkdownCells() {
    }

    /** Our own text, printed as is. */
    static Object raw(String text) {
        try {
            return EscapingOutputFormat.MARKDOWN.fromMarkup(text);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A run id or other run-data string shown as code: literal, and unable to break a table. */
    static Object code(String text) {
        return raw(TextEscapes.markdownCode(text == null ? "null" : text));
    }

    static Object fixed(Double x, int decimals) {
        return raw(x == null ? DASH : PyRound.fixed(x, decimals));
    }

    static Object count(Long n) {
        return raw(n == null ? DASH : PyRound.thousands(n));
    }

    /** {@code [lo, hi]} with 3 decimals, or a dash. */
    static Object interval(WilsonInterval w) {
        return raw(w == null ? DASH : "[" + PyRound.fixed(w.lo(), 3) + ", " + PyRound.fixed(w.hi(), 3) + "]");
    }

    /** A p-value: 4 decimals, or scientific notation below 0.0001 so small values stay readable. */
    static Object pValue(double p) {
        return raw(p >= 1e-4 ? PyRound.fixed(p, 4) : String.format(java.util.Locale.ROOT, "%.2e", p));
    }

    static String first16(String sha) {
        return sha == null || sha.isEmpty() ? "(none)" : sha.length() > 16 ? sha.substring(0, 16) : sha;
    }
}
