package org.chaosbench.runs.eval.provider;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of provider a run can use, by the id given on the command line.
 *
 * <p>The first eight are the providers of the original tool (FORMATS 5.1, 5P); their ids are
 * the exact lowercase {@code --provider} values. {@code openai-compatible} (any server that
 * speaks the chat-completions protocol at a base URL of the user's choice) and the three
 * offline baselines are ours. Each kind knows only the static facts the factory and the key
 * lookup need; the behaviour lives in the provider classes.
 */
public enum ProviderKind {
    MOCK("mock", false, false, null, List.of()),
    OLLAMA("ollama", true, false, "http://localhost:11434", List.of()),
    OPENAI("openai", true, true, "https://api.openai.com/v1", List.of("OPENAI_API_KEY")),
    ANTHROPIC("anthropic", true, true, "https://api.anthropic.com/v1", List.of("ANTHROPIC_API_KEY")),
    GEMINI("gemini", true, true, "https://generativelanguage.googleapis.com/v1beta",
            List.of("GEMINI_API_KEY", "GOOGLE_API_KEY")),
    DEEPSEEK("deepseek", true, true, "https://api.deepseek.com/v1", List.of("DEEPSEEK_API_KEY")),
    OPENROUTER("openrouter", true, true, "https://openrouter.ai/api/v1", List.of("OPENROUTER_API_KEY")),
    GROQ("groq", true, true, "https://api.groq.com/openai/v1", List.of("GROQ_API_KEY")),
    /** Any chat-completions server (vLLM, llama.cpp server, LM Studio...); the key is optional. */
    OPENAI_COMPATIBLE("openai-compatible", true, true, null, List.of("OPENAI_COMPATIBLE_API_KEY")),
    ALWAYS_TRUE("always-true", false, false, null, List.of()),
    ALWAYS_FALSE("always-false", false, false, null, List.of()),
    RANDOM("random", false, false, null, List.of());

    private final String id;
    private final boolean needsModel;
    private final boolean apiStyle;
    private final String defaultBaseUrl;
    private final List<String> keyVariables;

    ProviderKind(String id, boolean needsModel, boolean apiStyle, String defaultBaseUrl,
            List<String> keyVariables) {
        this.id = id;
        this.needsModel = needsModel;
        this.apiStyle = apiStyle;
        this.defaultBaseUrl = defaultBaseUrl;
        this.keyVariables = keyVariables;
    }

    /** The command-line id, e.g. {@code openai} or {@code always-true}. */
    public String id() {
        return id;
    }

    /** Whether {@code --model} is required (the original requires it for every provider but mock). */
    public boolean needsModel() {
        return needsModel;
    }

    /**
     * Whether prompts get the strict suffix by default (FORMATS 3.4: the hosted APIs do;
     * ollama, mock and the offline baselines send the prompt unchanged).
     */
    public boolean appendsStrictSuffixByDefault() {
        return apiStyle;
    }

    /**
     * The base URL used when none is configured, or null when the kind needs none
     * (offline kinds) or has no sensible default ({@code openai-compatible}).
     */
    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /**
     * Environment variables that may hold the API key, in lookup order (Gemini accepts
     * {@code GOOGLE_API_KEY} as a fallback); empty when the kind uses no key.
     */
    public List<String> keyVariables() {
        return keyVariables;
    }

    /** Whether a missing key must stop the call; {@code openai-compatible} servers often need none. */
    public boolean requiresKey() {
        return !keyVariables.isEmpty() && this != OPENAI_COMPATIBLE;
    }

    /**
     * The kind for a command-line id. Exact lowercase match, as the original validates the
     * value before any folding; the error lists every valid id so a typo is easy to fix.
     */
    public static ProviderKind fromId(String id) {
        for (ProviderKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        String hint = id != null && !id.equals(id.toLowerCase(Locale.ROOT))
                ? " (ids are lowercase)" : "";
        throw new IllegalArgumentException("unknown provider '" + id + "'" + hint
                + "; valid providers: " + validIds());
    }

    /** All ids, comma separated, in declaration order. */
    public static String validIds() {
        return Arrays.stream(values()).map(ProviderKind::id).collect(Collectors.joining(", "));
    }
}
