package org.chaosbench.runs.eval.provider;

/**
 * What a provider made of a successful (2xx) HTTP response. The transport owns the attempt
 * loop; the provider only says whether the body is an answer, worth another attempt (Gemini's
 * empty candidates) or a final failure (a body without {@code choices}).
 */
public sealed interface Reading {

    /**
     * An answer (possibly empty). {@code error} may still be set, e.g. Gemini's
     * {@code SAFETY:SAFETY}: the call worked, but the text is empty for a known reason.
     */
    record Answer(String text, long promptTokens, long completionTokens, String error) implements Reading {
    }

    /** Not usable now, but another attempt may succeed. */
    record Retry(String error) implements Reading {
    }

    /** Not usable, and another attempt would not help. */
    record Stop(String error) implements Reading {
    }

    static Reading answer(String text, long promptTokens, long completionTokens) {
        return new Answer(text, promptTokens, completionTokens, null);
    }

    static Reading retry(String error) {
        return new Retry(error);
    }

    static Reading stop(String error) {
        return new Stop(error);
    }
}
