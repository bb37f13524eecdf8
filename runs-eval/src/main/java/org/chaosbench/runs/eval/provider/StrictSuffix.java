package org.chaosbench.runs.eval.provider;

/**
 * The instruction hosted-API providers append to every prompt and reprompt (FORMATS 3.4).
 *
 * <p>Chat models tend to explain themselves unless told not to, and with a 16-token limit an
 * explanation usually crowds out the answer. The wording is this project's own (the original
 * text is not reused): two newlines, then one short sentence asking for a single token TRUE
 * or FALSE without explanation. It is not part of the prompt hash (3.5), so changing it does
 * not change any recorded hash, but it does change what the model sees: keep it stable.
 */
public final class StrictSuffix {

    /** Two newlines and one sentence; 66 characters, plain ASCII. */
    public static final String TEXT = "\n\nReply with exactly one token, TRUE or FALSE, and no explanation.";

    private StrictSuffix() {
    }

    /** The prompt as sent when the suffix is on. */
    public static String apply(String prompt) {
        return prompt + TEXT;
    }
}
