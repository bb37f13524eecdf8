package org.chaosbench.runs.eval.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.chaosbench.runs.eval.provider.FakeApi.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpTransportTest {

    private static final ResponseReader TEXT = body -> Reading.answer(body.path("text").asText(), 3, 4);

    private final FakeApi api = FakeApi.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpTransport transport(RetryPolicy policy, Duration timeout) {
        return new HttpTransport(timeout, policy, 1, sleeper, Redactor.none());
    }

    private HttpTransport transport() {
        return transport(RetryPolicy.defaults(), Duration.ofSeconds(5));
    }

    private ProviderResponse post(HttpTransport t) {
        return t.post(URI.create(api.baseUrl() + "/v1/x"), Map.of(), "{\"q\": 1}", TEXT);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    @Test
    void successOnFirstAttempt() {
        api.replies(Reply.ok("{\"text\": \"TRUE\"}"));
        ProviderResponse r = transport().post(URI.create(api.baseUrl() + "/v1/x"), Map.of("X-Test", "yes"),
                "{\"q\": \"\\u00e9\"}", TEXT);
        assertEquals(new ProviderResponse("TRUE", r.latencyS(), null, 3, 4, 1), r);
        assertTrue(r.latencyS() > 0 && r.latencyS() < 5);
        FakeApi.Request req = api.only();
        assertEquals("POST", req.method());
        assertEquals("/v1/x", req.path());
        assertEquals("application/json", req.header("Content-Type"));
        assertEquals("yes", req.header("X-Test"));
        assertEquals("{\"q\": \"\\u00e9\"}", req.bodyText());
        assertTrue(sleeper.delays().isEmpty());
    }

    @Test
    void serverErrorThenSuccessTakesTwoAttempts() {
        api.replies(Reply.json(500, "{\"error\": \"oops\"}"), Reply.ok("{\"text\": \"FALSE\"}"));
        ProviderResponse r = post(transport());
        assertEquals("FALSE", r.text());
        assertNull(r.error());
        assertEquals(2, r.attempts());
        assertEquals(2, api.requests().size());
        assertEquals(1, sleeper.delays().size());
        double d = seconds(sleeper.delays().get(0));
        assertTrue(d >= 1.0 && d <= 1.25, "first back-off " + d);
    }

    @Test
    void backOffDoublesBetweenAttempts() {
        api.replies(Reply.json(502, ""), Reply.json(503, "busy"), Reply.ok("{\"text\": \"TRUE\"}"));
        ProviderResponse r = post(transport());
        assertEquals(3, r.attempts());
        assertEquals("TRUE", r.text());
        List<Duration> delays = sleeper.delays();
        assertEquals(2, delays.size());
        assertTrue(seconds(delays.get(0)) >= 1.0 && seconds(delays.get(0)) <= 1.25);
        assertTrue(seconds(delays.get(1)) >= 2.0 && seconds(delays.get(1)) <= 2.5);
    }

    @Test
    void retryAfterSecondsIsHonouredOn429() {
        api.replies(Reply.json(429, "{\"error\": \"rate limited\"}").withHeader("Retry-After", "1"),
                Reply.ok("{\"text\": \"TRUE\"}"));
        ProviderResponse r = post(transport());
        assertEquals("TRUE", r.text());
        assertEquals(2, r.attempts());
        assertEquals(1, r.rateLimited());
        assertEquals(List.of(Duration.ofSeconds(1)), sleeper.delays());
    }

    @Test
    void retryAfterHttpDateIsHonouredOn503() {
        Instant now = Instant.parse("2026-02-19T19:37:30Z");
        HttpTransport t = new HttpTransport(Duration.ofSeconds(5), RetryPolicy.defaults(), 1, sleeper,
                Redactor.none(), Clock.fixed(now, ZoneOffset.UTC));
        api.replies(Reply.json(503, "").withHeader("Retry-After", "Thu, 19 Feb 2026 19:37:37 GMT"),
                Reply.ok("{\"text\": \"TRUE\"}"));
        assertEquals("TRUE", post(t).text());
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.delays());
    }

    @Test
    void retryAfterIsCapped() {
        api.replies(Reply.json(429, "").withHeader("Retry-After", "3600"), Reply.ok("{\"text\": \"TRUE\"}"));
        RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(20), true);
        assertEquals("TRUE", post(transport(policy, Duration.ofSeconds(5))).text());
        assertEquals(List.of(Duration.ofSeconds(20)), sleeper.delays());
    }

    @Test
    void persistent429FailsAfterAllAttemptsWithoutSleepingAfterTheLast() {
        api.replies(Reply.json(429, "{\"error\": {\"message\": \"Rate limit reached\"}}"));
        ProviderResponse r = post(transport());
        assertEquals("", r.text());
        assertEquals(3, r.attempts());
        assertEquals(3, r.rateLimited());
        assertEquals("HTTP 429 from " + api.hostLabel() + ": {\"error\": {\"message\": \"Rate limit reached\"}}", r.error());
        assertEquals(2, sleeper.delays().size());
    }

    @Test
    void clientErrorIsNotRetried() {
        api.replies(Reply.json(400, "{\n  \"error\": \"bad request\"\n}"), Reply.ok("{\"text\": \"TRUE\"}"));
        ProviderResponse r = post(transport());
        assertEquals(1, r.attempts());
        assertEquals(1, api.requests().size());
        assertEquals("HTTP 400 from " + api.hostLabel() + ": { \"error\": \"bad request\" }", r.error());
        assertTrue(sleeper.delays().isEmpty());
    }

    @Test
    void longErrorBodiesAreCut() {
        api.replies(Reply.json(404, "x".repeat(500)));
        ProviderResponse r = post(transport());
        assertEquals("HTTP 404 from " + api.hostLabel() + ": " + "x".repeat(200) + "...", r.error());
    }

    @Test
    void connectionRefusedIsRetriedThenFails() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ProviderResponse r = transport().post(URI.create("http://127.0.0.1:" + port + "/v1/x"), Map.of(), "{}", TEXT);
        assertEquals("", r.text());
        assertEquals(3, r.attempts());
        assertTrue(r.error().startsWith("connection to 127.0.0.1:" + port + " failed: "), r.error());
        assertEquals(2, sleeper.delays().size());
    }

    @Test
    void timeoutFails() {
        api.hanging();
        RetryPolicy policy = new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60), true);
        ProviderResponse r = post(transport(policy, Duration.ofMillis(200)));
        assertEquals("", r.text());
        assertEquals(2, r.attempts());
        assertEquals("timeout after 0.2 s waiting for " + api.hostLabel(), r.error());
        assertTrue(r.latencyS() >= 0.19 && r.latencyS() < 2, "latency " + r.latencyS());
    }

    @Test
    void timeoutNotRetriedWhenThePolicySaysSo() {
        api.hanging();
        ProviderResponse r = post(transport(RetryPolicy.defaults().withRetryOnTimeout(false), Duration.ofMillis(200)));
        assertEquals(1, r.attempts());
        assertTrue(r.error().startsWith("timeout"));
        assertTrue(sleeper.delays().isEmpty());
    }

    @Test
    void latencyIsThatOfTheLastAttempt() {
        AtomicInteger n = new AtomicInteger();
        api.answering(req -> {
            if (n.getAndIncrement() == 0) {
                sleepQuietly(400);
                return Reply.json(500, "slow failure");
            }
            return Reply.ok("{\"text\": \"TRUE\"}");
        });
        ProviderResponse r = post(transport());
        assertEquals(2, r.attempts());
        assertTrue(r.latencyS() < 0.35, "latency " + r.latencyS());
    }

    @Test
    void readerDecidesAboutSuccessfulResponses() {
        api.replies(Reply.ok("{\"n\": 1}"), Reply.ok("{\"n\": 2}"), Reply.ok("{\"n\": 3}"));
        ProviderResponse r = transport().post(URI.create(api.baseUrl() + "/x"), Map.of(), "{}",
                body -> body.path("n").asInt() < 2 ? Reading.retry("not yet") : Reading.stop("done badly"));
        assertEquals(2, r.attempts());
        assertEquals("done badly", r.error());
        assertEquals(1, sleeper.delays().size());
    }

    @Test
    void unreadableOrUnexpectedBodiesStop() {
        api.replies(Reply.ok("<html>not json</html>"));
        ProviderResponse r = post(transport());
        assertEquals(1, r.attempts());
        assertEquals("invalid JSON from " + api.hostLabel() + ": <html>not json</html>", r.error());

        api.replies(Reply.ok("{}"));
        ProviderResponse r2 = transport().post(URI.create(api.baseUrl() + "/x"), Map.of(), "{}",
                body -> {
                    throw new IllegalStateException("no field");
                });
        assertEquals(1, r2.attempts());
        assertEquals("unexpected response from " + api.hostLabel() + ": IllegalStateException: no field", r2.error());
    }

    @Test
    void interruptedSleepEndsTheCall() {
        api.replies(Reply.json(500, "x"));
        HttpTransport t = new HttpTransport(Duration.ofSeconds(5), RetryPolicy.defaults(), 1, d -> {
            throw new InterruptedException();
        }, Redactor.none());
        ProviderResponse r = post(t);
        assertTrue(Thread.interrupted(), "interrupt flag restored");
        assertEquals(1, r.attempts());
        assertTrue(r.error().endsWith("(interrupted before retry)"), r.error());
    }

    @Test
    void illegalHeaderValueFailsWithoutRequestAndWithoutLeaking() {
        HttpTransport t = new HttpTransport(Duration.ofSeconds(5), RetryPolicy.defaults(), 1, sleeper,
                Redactor.of(List.of("bad\nkey")));
        ProviderResponse r = t.post(URI.create(api.baseUrl() + "/x"), Map.of("Authorization", "Bearer bad\nkey"), "{}", TEXT);
        assertEquals(0, r.attempts());
        assertTrue(r.error().startsWith("cannot build request"), r.error());
        assertTrue(!r.error().contains("bad\nkey"));
        assertTrue(api.requests().isEmpty());
    }

    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
