package org.chaosbench.runs.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A chat-completions API on loopback, in the test JVM, for the {@code chaosbench} processes an
 * IT starts. Hands each request's user message to a function and records every request.
 */
final class LoopbackChatApi implements AutoCloseable {

    static {
        // Without TCP_NODELAY the JDK server adds ~40 ms per keep-alive request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One request.
     *
     * @param session what the test had set with {@link #session(int)} when the request arrived
     * @param content the user message, or null
     */
    record Call(int session, String content, String authorization) {
        boolean isReprompt() {
            return content != null && content.contains("\n\nYour response: ");
        }

        /** The question as the prompt quotes it (FORMATS 3.2): after {@code Question: }, up to the next blank line. */
        String question() {
            if (content == null) {
                return null;
            }
            int at = content.indexOf("\n\nQuestion: ");
            if (at < 0) {
                return null;
            }
            String rest = content.substring(at + "\n\nQuestion: ".length());
            int end = rest.indexOf("\n\n");
            return end < 0 ? rest : rest.substring(0, end);
        }
    }

    /** A response after {@code delayMillis}. */
    record Reply(int status, Map<String, String> headers, String body, long delayMillis) {
    }

    static Reply json(int status, String body) {
        return new Reply(status, Map.of(), body, 0);
    }

    static Reply answer(String text, long delayMillis) {
        return new Reply(200, Map.of(), "{\"id\": \"chatcmpl-1\", \"object\": \"chat.completion\", \"choices\": "
                + "[{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\": \"" + text + "\"}, "
                + "\"finish_reason\": \"stop\"}], \"usage\": {\"prompt_tokens\": 60, \"completion_tokens\": 1}}",
                delayMillis);
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-chat-api");
        t.setDaemon(true);
        return t;
    });
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Function<Call, Reply> handler;
    private volatile int session;

    LoopbackChatApi(Function<Call, Reply> handler) {
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

    /** Tags the requests that arrive from now on. */
    void session(int session) {
        this.session = session;
    }

    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Call call = new Call(session, content(raw), exchange.getRequestHeaders().getFirst("Authorization"));
            calls.add(call);
            Reply reply = handler.apply(call);
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
            exchange.close(); // the client is gone (killed)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
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
