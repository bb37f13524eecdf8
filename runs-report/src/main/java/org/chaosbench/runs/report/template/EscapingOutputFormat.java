package org.chaosbench.runs.report.template;

import java.io.IOException;
import java.io.Writer;
import java.util.function.UnaryOperator;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;

/**
 * A FreeMarker markup output format that auto-escapes every interpolation with one of the
 * {@link TextEscapes} functions, so that run data (ids, model names) cannot inject markup into
 * Markdown, LaTeX or CSV outputs: escaping is by construction, as {@code .ftlh} does for HTML.
 */
public final class EscapingOutputFormat extends CommonMarkupOutputFormat<EscapingOutputFormat.Markup> {
    /** {@code .ftlmd} templates. */
    public static final EscapingOutputFormat MARKDOWN = new EscapingOutputFormat("Markdown", "text/markdown",
            TextEscapes::markdown);
    /** {@code .ftltex} templates. */
    public static final EscapingOutputFormat LATEX = new EscapingOutputFormat("LaTeX", "application/x-latex",
            TextEscapes::latex);
    /** {@code .ftlcsv} templates: every interpolation is one field. */
    public static final EscapingOutputFormat CSV = new EscapingOutputFormat("CSV", "text/csv", TextEscapes::csv);

    private final String name;
    private final String mimeType;
    private final UnaryOperator<String> escape;

    private EscapingOutputFormat(String name, String mimeType, UnaryOperator<String> escape) {
        this.name = name;
        this.mimeType = mimeType;
        this.escape = escape;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getMimeType() {
        return mimeType;
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escape.apply(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape.apply(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(this, plainTextContent, markupContent);
    }

    /** A piece of already-escaped text in one of these formats. */
    public static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {
        private final EscapingOutputFormat format;

        Markup(EscapingOutputFormat format, String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
            this.format = format;
        }

        @Override
        public EscapingOutputFormat getOutputFormat() {
            return format;
        }
    }
}
