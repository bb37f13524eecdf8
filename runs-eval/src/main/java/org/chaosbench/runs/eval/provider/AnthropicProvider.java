package org.chaosbench.runs.eval.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chaosbench.runs.ingest.compat.PyJson;

/**
 * {@code anthropic/<model>} (FORMATS 5P): {@code POST <base>/messages} (base
 * {@code https://api.anthropic.com/v1}) with {@code x-api-key} and
 * {@code anthropic-version: 2023-06-01}. Temperature is always sent. The answer is the first
 * text block, trimmed and cut to 200 code points; usage {@code input_tokens} /
 * {@code output_tokens}.
 */
public final class AnthropicProvider extends HttpProvider {

    /** The API version the request format was written against. */
    static final String API_VERSION = "2023-06-01";

    public AnthropicProvider(ProviderConfig config, Optional<ApiKey> key, HttpTransport transport) {
        super(config, Set.of(ProviderKind.ANTHROPIC), "/messages", key, transport);
    }

    @Override
    public ProviderResponse generate(ProviderRequest request) {
        if (key.isEmpty()) {
            return missingKey();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-api-key", key.get().value());
        headers.put("anthropic-version", API_VERSION);
        return transport.post(endpoint(), headers, body(request.prompt()), AnthropicProvider::read);
    }

    /** {@code {"model", "messages": [{"role": "user", "content"}], "max_tokens", "temperature"}}. */
    String body(String prompt) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "user");
        message.put("content", promptText(prompt));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("messages", List.of(message));
        body.put("max_tokens", maxTokens);
        body.put("temperature", temperature);
        return PyJson.compact(body);
    }

    /**
     * The original reads {@code content[0].text}. We take the first block that is a text
     * block, which is the same for plain replies and still right if a thinking block leads.
     */
    static Reading read(JsonNode body) {
        JsonNode content = body.path("content");
        if (content.isArray()) {
            for (JsonNode block : content) {
                JsonNode type = block.path("type");
                JsonNode text = block.path("text");
                if ((type.isMissingNode() || "text".equals(type.asText())) && text.isTextual()) {
                    JsonNode usage = body.path("usage");
                    return Reading.answer(OpenAiCompatibleProvider.clip(text.asText()),
                            usage.path("input_tokens").asLong(0), usage.path("output_tokens").asLong(0));
                }
            }
        }
        return Reading.stop("response has no text content");
    }
}
