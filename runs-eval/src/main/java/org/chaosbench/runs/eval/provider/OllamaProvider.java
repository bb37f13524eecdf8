package org.chaosbench.runs.eval.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.compat.PyText;

/**
 * {@code ollama/<model>} (FORMATS 5P): {@code POST <base>/api/generate} without streaming.
 *
 * <p>The base URL defaults to {@code http://localhost:11434} as in the original, but, unlike
 * the original, can be changed (a GPU box on the network, a container). The prompt is sent
 * unchanged (no strict suffix) unless the configuration asks for it, and the answer is
 * trimmed but not cut to 200 code points: local runs recorded full answers.
 */
public final class OllamaProvider extends HttpProvider {

    private final Double topP;

    public OllamaProvider(ProviderConfig config, HttpTransport transport) {
        super(config, Set.of(ProviderKind.OLLAMA), "/api/generate", Optional.empty(), transport);
        this.topP = config.topP();
    }

    @Override
    public ProviderResponse generate(ProviderRequest request) {
        return transport.post(endpoint(), Map.of(), body(request.prompt()), OllamaProvider::read);
    }

    /** {@code {"model", "prompt", "stream": false, "options": {"temperature", "num_predict"[, "top_p"]}}}. */
    String body(String prompt) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("temperature", temperature);
        options.put("num_predict", maxTokens);
        if (topP != null) {
            options.put("top_p", topP);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("prompt", promptText(prompt));
        body.put("stream", false);
        body.put("options", options);
        return PyJson.compact(body);
    }

    /**
     * Text = {@code response} trimmed (absent or not a string: empty). Ollama reports token
     * counts as {@code prompt_eval_count} / {@code eval_count}.
     */
    static Reading read(JsonNode body) {
        JsonNode response = body.path("response");
        String text = response.isTextual() ? PyText.strip(response.asText()) : "";
        return Reading.answer(text, body.path("prompt_eval_count").asLong(0), body.path("eval_count").asLong(0));
    }
}
