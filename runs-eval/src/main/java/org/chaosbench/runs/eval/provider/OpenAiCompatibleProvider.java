package org.chaosbench.runs.eval.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.compat.PyText;

/**
 * The chat-completions protocol (FORMATS 5P "OpenAI-style"): {@code openai}, {@code deepseek},
 * {@code openrouter}, {@code groq} at their fixed endpoints, and our {@code openai-compatible}
 * kind at any base URL (vLLM, llama.cpp server, LM Studio...). One class, because the
 * services differ only in URL, key variable and, for OpenAI's reasoning models, the token
 * field.
 *
 * <p>{@code POST <base>/chat/completions} with {@code Authorization: Bearer <key>}. A kind
 * that needs a key and has none fails every call without sending anything, naming the
 * variable to set; {@code openai-compatible} sends no {@code Authorization} header when no key
 * is set. The answer is trimmed and cut to its first 200 code points.
 */
public final class OpenAiCompatibleProvider extends HttpProvider {

    /** Model-id prefixes of OpenAI models that reject {@code max_tokens} and {@code temperature}. */
    static final List<String> REASONING_PREFIXES = List.of("o1", "o3", "gpt-5");

    /** The smallest completion budget sent to those models: they spend tokens on hidden reasoning. */
    static final int REASONING_MIN_COMPLETION_TOKENS = 1024;

    /** API answers are cut to this many code points (FORMATS 5P). */
    static final int MAX_ANSWER_CODE_POINTS = 200;

    public OpenAiCompatibleProvider(ProviderConfig config, Optional<ApiKey> key, HttpTransport transport) {
        super(config, Set.of(ProviderKind.OPENAI, ProviderKind.DEEPSEEK, ProviderKind.OPENROUTER, ProviderKind.GROQ,
                ProviderKind.OPENAI_COMPATIBLE), "/chat/completions", key, transport);
    }

    @Override
    public ProviderResponse generate(ProviderRequest request) {
        if (key.isEmpty() && kind.requiresKey()) {
            return missingKey();
        }
        Map<String, String> headers = key.map(k -> Map.of("Authorization", "Bearer " + k.value()))
                .orElse(Map.of());
        return transport.post(endpoint(), headers, body(request.prompt()), OpenAiCompatibleProvider::read);
    }

    /**
     * {@code {"model", "messages": [{"role": "user", "content"}], "max_tokens", "temperature"}};
     * for OpenAI reasoning models {@code "max_completion_tokens": max(maxTokens, 1024)} and no
     * temperature instead.
     */
    String body(String prompt) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "user");
        message.put("content", promptText(prompt));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("messages", List.of(message));
        if (usesReasoningTokenField()) {
            body.put("max_completion_tokens", Math.max(maxTokens, REASONING_MIN_COMPLETION_TOKENS));
        } else {
            body.put("max_tokens", maxTokens);
            body.put("temperature", temperature);
        }
        return PyJson.compact(body);
    }

    /** Only for {@code openai} itself, by model-id prefix, as in the original. */
    boolean usesReasoningTokenField() {
        return kind == ProviderKind.OPENAI && REASONING_PREFIXES.stream().anyMatch(model::startsWith);
    }

    /**
     * Text = {@code choices[0].message.content} (null: empty), trimmed, first 200 code points;
     * no {@code choices} is a final error (the same request would get the same body).
     */
    static Reading read(JsonNode body) {
        JsonNode choices = body.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            return Reading.stop("response has no choices");
        }
        JsonNode content = choices.get(0).path("message").path("content");
        String text = content.isTextual() ? clip(content.asText()) : "";
        JsonNode usage = body.path("usage");
        return Reading.answer(text, usage.path("prompt_tokens").asLong(0), usage.path("completion_tokens").asLong(0));
    }

    /** Trimmed and cut to the first 200 code points, as every hosted-API answer. */
    static String clip(String text) {
        return PyText.firstCodePoints(PyText.strip(text), MAX_ANSWER_CODE_POINTS);
    }
}
