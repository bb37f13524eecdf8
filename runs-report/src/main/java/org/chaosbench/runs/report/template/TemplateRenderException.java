package org.chaosbench.runs.report.template;

/** A template that cannot be loaded or fails while rendering; the message names the template. */
public final class TemplateRenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TemplateRenderException(String template, String problem, Throwable cause) {
        super("template " + template + ": " + problem, cause);
    }
}
