package org.chaosbench.runs.eval.provider;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A loopback HTTP server that plays an API: records every request byte for byte and answers
 * from a script (one reply per request, the last one repeating) or a function.
 */
final class FakeApi implements AutoCloseable {

    /** One request as the server saw it. */
    record Request(String method, String path, String rawQuery, Headers headers, byte[] body) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** One scripted reply. */
    record Reply(int status, Map<String, String> headers, String body) {
        static Reply json(int status, String body) {
            return new Reply(status, Map.of(), body);
        }

        static Reply ok(String body) {
            return json(200, body);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> h = new java.util.LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body);
        }
    }

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle plus
        // delayed ACKs add ~40 ms per keep-alive request. Read once when the server class
        // initialises, so it must be set before the first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Reply> script = new ArrayDeque<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Function<Request, Reply> handler;
    private volatile boolean hang;

    private FakeApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static FakeApi start() {
        return new FakeApi();
    }

    /** Replies in this order; the last one repeats. */
    FakeApi replies(Reply... replies) {
        synchronized (script) {
            script.clear();
            script.addAll(List.of(replies));
        }
        return this;
    }

    /** Replies computed from each request. */
    FakeApi answering(Function<Request, Reply> fn) {
        this.handler = fn;
        return this;
    }

    /** Never answers (until closed): for timeouts. */
    FakeApi hanging() {
        this.hang = true;
        return this;
    }

    /** {@code http://127.0.0.1:<port>} */
    String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    String hostLabel() {
        return server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    Request only() {
        List<Request> all = requests();
        if (all.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + all.size());
        }
        return all.get(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
        requests.add(request);
        if (hang) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        Reply reply;
        Function<Request, Reply> fn = handler;
        if (fn != null) {
            reply = fn.apply(request);
        } else {
            synchronized (script) {
                reply = script.size() > 1 ? script.poll() : script.peek();
            }
        }
        if (reply == null) {
            reply = Reply.json(500, "{\"error\": \"no scripted reply\"}");
        }
        byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(out);
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
