package org.chaosbench.runs.eval.provider;

/**
 * What a provider returned.
 *
 * @param text the answer, trimmed (empty when the call failed)
 * @param latencyS seconds spent in the last attempt (monotonic clock)
 * @param error what went wrong, or null; never contains an API key
 * @param promptTokens tokens the provider reported for the prompt, 0 when unknown
 * @param completionTokens tokens the provider reported for the answer, 0 when unknown
 * @param attempts HTTP attempts made (1 without retries; 0 for offline providers)
 * @param rateLimited answers among those attempts that said "slow down" (HTTP 429 or 503): the
 *     runner lowers its concurrency when it sees them
 */
public record ProviderResponse(String text, double latencyS, String error, long promptTokens,
        long completionTokens, int attempts, int rateLimited) {

    public ProviderResponse(String text, double latencyS, String error, long promptTokens, long completionTokens,
            int attempts) {
        this(text, latencyS, error, promptTokens, completionTokens, attempts, 0);
    }

    /** The same response with the count of rate-limited attempts. */
    public ProviderResponse withRateLimited(int count) {
        return new ProviderResponse(text, latencyS, error, promptTokens, completionTokens, attempts, count);
    }

    public static ProviderResponse ok(String text, double latencyS) {
        return new ProviderResponse(text, latencyS, null, 0, 0, 0);
    }

    public static ProviderResponse failed(String error, double latencyS, int attempts) {
        return new ProviderResponse("", latencyS, error, 0, 0, attempts);
    }

    public boolean failed() {
        return error != null;
    }
}
