package org.chaosbench.runs.eval.provider;

import java.util.Objects;

/**
 * One resolved API key and where it came from. A class rather than a record so that
 * {@code toString} (used by loggers, debuggers and string concatenation) can never print
 * the value.
 */
public final class ApiKey {

    private final String value;
    private final String source;

    ApiKey(String value, String source) {
        this.value = Objects.requireNonNull(value, "value");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The secret itself; only the code that builds request headers should ask for it. */
    public String value() {
        return value;
    }

    /** Where it came from, e.g. {@code environment variable OPENAI_API_KEY}; safe to print. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "ApiKey[from " + source + ", value hidden]";
    }
}
