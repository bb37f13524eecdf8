package org.chaosbench.runs.eval.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback server speaking the chat-completions protocol ({@code POST /v1/chat/completions}),
 * on the JDK's HttpServer. Each request is handed to a function that decides what happens:
 * a reply (after an optional delay) or a dropped connection. Every request is recorded.
 */
final class ChatApi implements AutoCloseable {

    static {
        // Without TCP_NODELAY the JDK server adds ~40 ms per keep-alive request (Nagle plus
        // delayed ACKs). Read once when the server class initialises.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TAG = Pattern.compile("\\[([A-Za-z0-9_]+)\\]");

    /**
     * One request as the server saw it.
     *
     * @param seq arrival number, from 0
     * @param content the user message ({@code messages[0].content}), or null when the body had none
     * @param authorization the {@code Authorization} header, or null
     * @param arrivedNanos {@link System#nanoTime()} at arrival
     */
    record Call(int seq, String path, String content, String authorization, String rawBody, long arrivedNanos) {

        /** The item id the test dataset puts in brackets at the start of each question. */
        String itemId() {
            Matcher m = TAG.matcher(content == null ? "" : content);
            return m.find() ? m.group(1) : null;
        }

        /** A reprompt (FORMATS 3.3) quotes the unreadable answer after this marker. */
        boolean isReprompt() {
            return content != null && content.contains("\n\nYour response: ");
        }
    }

    /** What the server does with one request. */
    sealed interface Action permits Reply, Drop {
    }

    /** An HTTP response, sent after {@code delayMillis}. */
    record Reply(int status, Map<String, String> headers, String body, long delayMillis) implements Action {
        Reply withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body, delayMillis);
        }

        Reply delayed(long millis) {
            return new Reply(status, headers, body, millis);
        }
    }

    /** Closes the connection without any response (a reset as the client sees it). */
    record Drop() implements Action {
    }

    static Reply json(int status, String body) {
        return new Reply(status, Map.of(), body, 0);
    }

    /** A well-formed chat completion answering {@code text}, with token usage. */
    static Reply answer(String text, long promptTokens, long completionTokens) {
        return json(200, "{\"id\": \"chatcmpl-1\", \"object\": \"chat.completion\", \"model\": \"m\", \"choices\": "
                + "[{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\": \"" + text + "\"}, "
                + "\"finish_reason\": \"stop\"}], \"usage\": {\"prompt_tokens\": " + promptTokens
                + ", \"completion_tokens\": " + completionTokens + ", \"total_tokens\": "
                + (promptTokens + completionTokens) + "}}");
    }

    static Reply answer(String text) {
        return answer(text, 0, 0);
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "chat-api");
        t.setDaemon(true);
        return t;
    });
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger seq = new AtomicInteger();
    private final Function<Call, Action> handler;

    ChatApi(Function<Call, Action> handler) {
        this.handler = handler;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>/v1} */
    String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/v1";
    }

    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String raw = new String(body, StandardCharsets.UTF_8);
            Call call = new Call(seq.getAndIncrement(), exchange.getRequestURI().getPath(), content(raw),
                    exchange.getRequestHeaders().getFirst("Authorization"), raw, System.nanoTime());
            calls.add(call);
            Action action = handler.apply(call);
            if (action instanceof Drop) {
                exchange.close(); // no headers sent: the JDK server closes the connection
                return;
            }
            Reply reply = (Reply) action;
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis());
            }
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            reply.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        } catch (IOException e) {
            // The client gave up first (a timed-out slow reply): nothing to do.
            exchange.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (RuntimeException | Error e) {
            e.printStackTrace();
            exchange.close();
            throw e;
        }
    }

    private static String content(String raw) {
        try {
            JsonNode node = JSON.readTree(raw).path("messages").path(0).path("content");
            return node.isTextual() ? node.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
