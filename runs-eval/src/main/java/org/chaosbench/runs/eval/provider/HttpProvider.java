package org.chaosbench.runs.eval.provider;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What every HTTP provider shares: the settings it sends, its name ({@code <kind>/<model>}),
 * its endpoint, its key and the transport that retries for it. Subclasses only build their
 * request body and read their response.
 */
abstract class HttpProvider implements Provider {
    protected final ProviderKind kind;
    protected final String model;
    protected final double temperature;
    protected final int maxTokens;
    /** Whether prompts get the strict suffix (FORMATS 3.4). */
    protected final boolean suffix;
    protected final Optional<ApiKey> key;
    protected final HttpTransport transport;
    private final String name;
    private final URI endpoint;

    HttpProvider(ProviderConfig config, Set<ProviderKind> kinds, String path, Optional<ApiKey> key,
            HttpTransport transport) {
        if (!kinds.contains(config.kind())) {
            throw new IllegalArgumentException("provider " + getClass().getSimpleName() + " does not serve "
                    + config.kind().id());
        }
        this.kind = config.kind();
        this.model = config.model();
        this.temperature = config.temperature();
        this.maxTokens = config.maxTokens();
        this.suffix = config.appendsStrictSuffix();
        this.key = Objects.requireNonNull(key, "key");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.name = kind.id() + "/" + model;
        this.endpoint = Endpoints.resolve(config.effectiveBaseUrl(), path);
    }

    @Override
    public final String name() {
        return name;
    }

    public final URI endpoint() {
        return endpoint;
    }

    /** The text sent to the model: the prompt, with the strict suffix where the kind asks for it. */
    protected final String promptText(String prompt) {
        return suffix ? StrictSuffix.apply(prompt) : prompt;
    }

    /** The response of a call that cannot be made without a key: no request, the variable named. */
    protected final ProviderResponse missingKey() {
        return ProviderResponse.failed(ApiKeys.missingKeyMessage(kind), 0.0, 0);
    }
}
