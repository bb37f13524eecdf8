package org.chaosbench.runs.eval.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.chaosbench.runs.ingest.compat.PyFloat;
import org.chaosbench.runs.ingest.compat.PyText;

/**
 * POSTs a JSON body and retries, for every HTTP provider.
 *
 * <p>Policy: 2xx goes to the provider's {@link ResponseReader}; 429, 5xx, connection errors
 * and (unless the policy says otherwise) timeouts are retried after {@link Backoff}, or
 * after {@code Retry-After} on 429/503; any other status ends the call at once (a 400 or 401
 * will not improve). Redirects are not followed, so an {@code Authorization} header never
 * travels to another host. Latency is the monotonic time of the last attempt, as the
 * original measures it.
 *
 * <p>Every error text passes through the {@link Redactor} (after the body excerpt is cut,
 * the whole body has already been redacted, so no partial key survives the cut). Nothing
 * is thrown: the outcome is always a {@link ProviderResponse}. Thread-safe.
 */
public final class HttpTransport {

    /** Longest body excerpt in an error text, in code points. */
    static final int EXCERPT_CODE_POINTS = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Duration timeout;
    private final RetryPolicy policy;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Redactor redactor;
    private final Clock clock;

    public HttpTransport(Duration timeout, RetryPolicy policy, long jitterSeed, Sleeper sleeper,
            Redactor redactor) {
        this(timeout, policy, jitterSeed, sleeper, redactor, Clock.systemUTC());
    }

    HttpTransport(Duration timeout, RetryPolicy policy, long jitterSeed, Sleeper sleeper,
            Redactor redactor, Clock clock) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.backoff = new Backoff(policy.backoffBase(), policy.backoffCap(), jitterSeed);
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The outcome of one attempt, before the loop decides what to do with it. */
    private record Step(Reading reading, Duration requestedDelay, boolean rateLimited) {
        static Step of(Reading reading) {
            return new Step(reading, null, false);
        }
    }

    /**
     * POSTs {@code jsonBody} to {@code uri} with {@code Content-Type: application/json} and
     * the given headers, retrying per the policy.
     */
    public ProviderResponse post(URI uri, Map<String, String> headers, String jsonBody, ResponseReader reader) {
        String host = hostLabel(uri);
        HttpRequest request;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "chaosbench-runs")
                    .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
            // Plain-HTTP servers (ollama, vLLM...) get HTTP/1.1 without an h2c upgrade offer,
            // which some of them mishandle on a POST; HTTPS keeps HTTP/2 via ALPN.
            if ("http".equalsIgnoreCase(uri.getScheme())) {
                b.version(HttpClient.Version.HTTP_1_1);
            }
            headers.forEach(b::header);
            request = b.build();
        } catch (RuntimeException e) {
            // E.g. a key with a control character is an illegal header value; the message
            // could quote it, hence the redaction.
            return ProviderResponse.failed(redact("cannot build request to " + host + ": " + describe(e)), 0.0, 0);
        }

        int attempt = 0;
        int rateLimited = 0;
        double latency = 0.0;
        while (true) {
            attempt++;
            long start = System.nanoTime();
            Step step;
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                latency = seconds(start);
                step = classify(response, reader, host);
            } catch (HttpConnectTimeoutException e) {
                latency = seconds(start);
                step = Step.of(Reading.retry("connect timeout after " + seconds(timeout) + " s to " + host));
            } catch (HttpTimeoutException e) {
                latency = seconds(start);
                String error = "timeout after " + seconds(timeout) + " s waiting for " + host;
                step = Step.of(policy.retryOnTimeout() ? Reading.retry(error) : Reading.stop(error));
            } catch (IOException e) {
                latency = seconds(start);
                step = Step.of(Reading.retry("connection to " + host + " failed: " + describe(e)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ProviderResponse.failed("interrupted while calling " + host, seconds(start), attempt);
            } catch (RuntimeException e) {
                latency = seconds(start);
                step = Step.of(Reading.stop("request to " + host + " failed: " + describe(e)));
            }

            Reading reading = step.reading();
            rateLimited += step.rateLimited() ? 1 : 0;
            if (reading instanceof Reading.Answer a) {
                return new ProviderResponse(a.text(), latency, redact(a.error()), a.promptTokens(),
                        a.completionTokens(), attempt, rateLimited);
            }
            String error = reading instanceof Reading.Retry r ? r.error() : ((Reading.Stop) reading).error();
            if (reading instanceof Reading.Stop || attempt >= policy.maxAttempts()) {
                return ProviderResponse.failed(redact(error), latency, attempt).withRateLimited(rateLimited);
            }
            Duration delay = step.requestedDelay() != null
                    ? min(step.requestedDelay(), policy.retryAfterCap())
                    : backoff.delayBeforeRetry(attempt);
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ProviderResponse.failed(redact(error + " (interrupted before retry)"), latency, attempt);
            }
        }
    }

    private Step classify(HttpResponse<String> response, ResponseReader reader, String host) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        if (status >= 200 && status < 300) {
            JsonNode json;
            try {
                json = JSON.readTree(body);
            } catch (IOException e) {
                return Step.of(Reading.stop("invalid JSON from " + host + ": " + excerpt(body)));
            }
            if (json == null || json.isMissingNode()) {
                return Step.of(Reading.stop("empty body from " + host));
            }
            try {
                return Step.of(Objects.requireNonNull(reader.read(json), "reading"));
            } catch (RuntimeException e) {
                return Step.of(Reading.stop("unexpected response from " + host + ": " + describe(e)));
            }
        }
        String error = "HTTP " + status + " from " + host + ": " + excerpt(body);
        if (status == 429 || status == 503) {
            Optional<Duration> after = response.headers().firstValue("Retry-After")
                    .flatMap(v -> RetryAfter.parse(v, clock.instant()));
            return new Step(Reading.retry(error), after.orElse(null), true);
        }
        if (status >= 500) {
            return Step.of(Reading.retry(error));
        }
        return Step.of(Reading.stop(error));
    }

    /** Redacted, whitespace collapsed to single spaces, at most 200 code points. */
    private String excerpt(String body) {
        String oneLine = String.join(" ", PyText.split(redact(body)));
        if (oneLine.isEmpty()) {
            return "(empty body)";
        }
        String cut = PyText.firstCodePoints(oneLine, EXCERPT_CODE_POINTS);
        return cut.length() < oneLine.length() ? cut + "..." : cut;
    }

    private String redact(String text) {
        return redactor.redact(text);
    }

    /** {@code host} or {@code host:port}: enough to tell which API failed, never a path or query. */
    static String hostLabel(URI uri) {
        String host = uri.getHost() == null ? String.valueOf(uri.getAuthority()) : uri.getHost();
        return uri.getPort() >= 0 ? host + ":" + uri.getPort() : host;
    }

    /** Exception type and message, following causes when the outer message is empty. */
    private static String describe(Throwable e) {
        Throwable t = e;
        while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String seconds(Duration d) {
        return PyFloat.repr(d.toNanos() / 1e9);
    }
}
