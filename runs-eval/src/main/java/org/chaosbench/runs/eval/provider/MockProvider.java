package org.chaosbench.runs.eval.provider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.chaosbench.runs.ingest.compat.PyText;

/**
 * The {@code mock} provider (FORMATS 5P): answers without any model. The command line
 * builds {@link #create()}, which always answers {@code TRUE}; the other factories are the
 * library modes tests use to drive the runner through parse outcomes and reprompts.
 *
 * <p>Answers are trimmed like every provider's. Thread-safe: the call counter is atomic, so
 * with several workers the cycling mode still hands out each list entry in turn (which item
 * gets which entry then depends on scheduling, as in the original).
 */
public final class MockProvider implements Provider {

    /** What the command-line mock always answers. */
    public static final String DEFAULT_ANSWER = "TRUE";

    /** Chooses the answer from the prompt and the 0-based index of this call. */
    @FunctionalInterface
    private interface Answerer {
        String answer(String prompt, long callIndex);
    }

    private final Answerer answerer;
    private final AtomicLong calls = new AtomicLong();

    private MockProvider(Answerer answerer) {
        this.answerer = answerer;
    }

    /** The command-line mock: every call answers {@code TRUE}. */
    public static MockProvider create() {
        return fixed(DEFAULT_ANSWER);
    }

    /** Every call answers the given text. */
    public static MockProvider fixed(String answer) {
        Objects.requireNonNull(answer, "answer");
        return new MockProvider((prompt, i) -> answer);
    }

    /**
     * The answer of the first key (in the map's iteration order, so pass a
     * {@code LinkedHashMap} when order matters) that occurs in the prompt, else
     * {@code defaultAnswer}.
     */
    public static MockProvider mapping(Map<String, String> answersBySubstring, String defaultAnswer) {
        Map<String, String> copy = new LinkedHashMap<>(answersBySubstring);
        Objects.requireNonNull(defaultAnswer, "defaultAnswer");
        return new MockProvider((prompt, i) -> {
            for (Map.Entry<String, String> e : copy.entrySet()) {
                if (prompt.contains(e.getKey())) {
                    return e.getValue();
                }
            }
            return defaultAnswer;
        });
    }

    /** {@link #mapping(Map, String)} with {@code TRUE} as the default answer. */
    public static MockProvider mapping(Map<String, String> answersBySubstring) {
        return mapping(answersBySubstring, DEFAULT_ANSWER);
    }

    /** Whatever the function returns for the prompt (null counts as an empty answer). */
    public static MockProvider function(Function<String, String> answerForPrompt) {
        Objects.requireNonNull(answerForPrompt, "answerForPrompt");
        return new MockProvider((prompt, i) -> answerForPrompt.apply(prompt));
    }

    /**
     * {@code answers[callIndex % size]}, where the call index counts every call including
     * reprompts, so {@code [maybe, FALSE]} makes every item INVALID first and FALSE on reprompt.
     */
    public static MockProvider cycling(List<String> answers) {
        List<String> copy = List.copyOf(answers);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("cycling mock needs at least one answer");
        }
        return new MockProvider((prompt, i) -> copy.get((int) (i % copy.size())));
    }

    @Override
    public String name() {
        return "mock";
    }

    /** Calls made so far, reprompts included. */
    public long calls() {
        return calls.get();
    }

    @Override
    public ProviderResponse generate(ProviderRequest request) {
        long start = System.nanoTime();
        long index = calls.getAndIncrement();
        try {
            String text = answerer.answer(request.prompt(), index);
            return ProviderResponse.ok(text == null ? "" : PyText.strip(text), seconds(start));
        } catch (RuntimeException e) {
            // The provider contract: nothing escapes generate, a failure is an empty answer.
            return ProviderResponse.failed(e.getClass().getSimpleName() + ": " + e.getMessage(),
                    seconds(start), 0);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
