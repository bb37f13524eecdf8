package org.chaosbench.runs.eval.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
public final class OllamaProvider implements Provider {

    private final String name;
    private final String model;
    private final URI endpoint;
    private final double temperature;
    private final int maxTokens;
    private final Double topP;
    private final boolean suffix;
    private final HttpTransport transport;

    public OllamaProvider(ProviderConfig config, HttpTransport transport) {
        if (config.kind() != ProviderKind.OLLAMA) {
            throw new IllegalArgumentException("not an ollama configuration: " + config.kind().id());
        }
        this.model = config.model();
        this.name = "ollama/" + model;
        this.endpoint = Endpoints.resolve(config.effectiveBaseUrl(), "/api/generate");
        this.temperature = config.temperature();
        this.maxTokens = config.maxTokens();
        this.topP = config.topP();
        this.suffix = config.appendsStrictSuffix();
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    @Override
    public String name() {
        return name;
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public ProviderResponse generate(ProviderRequest request) {
        return transport.post(endpoint, Map.of(), body(request.prompt()), OllamaProvider::read);
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
        body.put("prompt", suffix ? StrictSuffix.apply(prompt) : prompt);
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
