package org.chaosbench.runs.eval.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chaosbench.runs.ingest.compat.PyJson;

/**
 * {@code gemini/<model>} (FORMATS 5P): {@code POST <base>/models/<model>:generateContent}.
 *
 * <p>The key (GEMINI_API_KEY, else GOOGLE_API_KEY) goes in the {@code x-goog-api-key}
 * header. The original put it in the {@code ?key=} query string; a URL ends up in proxy logs,
 * exception messages and stack traces, a header does not.
 *
 * <p>Response rules: no candidates is retried (the error names
 * {@code promptFeedback.blockReason}, else {@code NO_CANDIDATES}); finish reason
 * {@code SAFETY} returns an empty answer with error {@code SAFETY:SAFETY} at once; otherwise
 * the answer is the first part that is not a thought (thinking models put their reasoning
 * first), trimmed and cut to 200 code points, and an empty answer is retried while attempts
 * remain.
 */
public final class GeminiProvider extends HttpProvider {

    public GeminiProvider(ProviderConfig config, Optional<ApiKey> key, HttpTransport transport) {
        super(config, Set.of(ProviderKind.GEMINI), "/models/" + config.model() + ":generateContent", key, transport);
    }

    @Override
    public ProviderResponse generate(ProviderRequest request) {
        if (key.isEmpty()) {
            return missingKey();
        }
        return transport.post(endpoint(), Map.of("x-goog-api-key", key.get().value()), body(request.prompt()),
                GeminiProvider::read);
    }

    /** {@code {"contents": [{"parts": [{"text"}]}], "generationConfig": {"maxOutputTokens", "temperature"}}}. */
    String body(String prompt) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("text", promptText(prompt));
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("parts", List.of(part));
        Map<String, Object> generation = new LinkedHashMap<>();
        generation.put("maxOutputTokens", maxTokens);
        generation.put("temperature", temperature);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contents", List.of(content));
        body.put("generationConfig", generation);
        return PyJson.compact(body);
    }

    static Reading read(JsonNode body) {
        JsonNode candidates = body.path("candidates");
        if (!candidates.isArray() || candidates.isEmpty()) {
            JsonNode reason = body.path("promptFeedback").path("blockReason");
            return Reading.retry("empty candidates: " + (reason.isTextual() ? reason.asText() : "NO_CANDIDATES"));
        }
        JsonNode usage = body.path("usageMetadata");
        long promptTokens = usage.path("promptTokenCount").asLong(0);
        long completionTokens = usage.path("candidatesTokenCount").asLong(0);
        JsonNode first = candidates.get(0);
        String finish = first.path("finishReason").asText("");
        if ("SAFETY".equals(finish)) {
            // A blocked answer stays blocked: no retry, and the reason travels as the error.
            return new Reading.Answer("", promptTokens, completionTokens, "SAFETY:" + finish);
        }
        String text = "";
        for (JsonNode part : first.path("content").path("parts")) {
            if (!part.path("thought").asBoolean(false)) {
                text = OpenAiCompatibleProvider.clip(part.path("text").asText(""));
                break;
            }
        }
        if (text.isEmpty()) {
            return Reading.retry("empty text in candidate"
                    + (finish.isEmpty() ? "" : " (finishReason " + finish + ")"));
        }
        return Reading.answer(text, promptTokens, completionTokens);
    }
}
