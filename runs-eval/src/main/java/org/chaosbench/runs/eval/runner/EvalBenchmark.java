package org.chaosbench.runs.eval.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.chaosbench.runs.eval.provider.ApiKeys;

/**
 * Measures runner throughput with the mock provider: the whole eval operation (plan, calls,
 * checkpoint, final files) repeated in one JVM, so the JIT has warmed up after the first
 * rounds, as JMH would do. Each round writes a fresh run folder.
 */
public final class EvalBenchmark {

    /**
     * Items per second of each round, in order.
     *
     * @param bareHttpPerSecond against a server: what the same number of threads reach calling it with
     *     the JDK HTTP client and nothing else (the ceiling of the HTTP stack on this machine); 0 for mock
     */
    public record Result(int items, List<Double> itemsPerSecond, List<Double> loopItemsPerSecond,
            double bareHttpPerSecond) {
        /** Median over the rounds after the warm-up of the whole operation's rate. */
        public double medianOfWarmRounds(int warmup) {
            return median(itemsPerSecond, warmup);
        }

        /** The same for the evaluation loop alone (the rate the progress line shows). */
        public double medianLoopOfWarmRounds(int warmup) {
            return median(loopItemsPerSecond, warmup);
        }

        private static double median(List<Double> rates, int warmup) {
            List<Double> warm = new ArrayList<>(rates.subList(Math.min(warmup, rates.size() - 1), rates.size()));
            warm.sort(null);
            return warm.get(warm.size() / 2);
        }
    }

    private EvalBenchmark() {
    }

    public static Result run(Path root, int rounds) {
        EvalOptions o = new EvalOptions();
        o.provider = "mock";
        return rounds(root, o, rounds);
    }

    /**
     * The runner against a loopback server speaking the OpenAI chat-completions protocol that
     * answers every call after {@code latencyMs}: with {@code workers} workers the ideal is
     * {@code workers * 1000 / latencyMs} items per second.
     */
    public static Result againstServer(Path root, int latencyMs, int workers, long items, int rounds) {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's
        // algorithm meets the client's delayed ACK and every call waits ~40 ms more. Real API
        // servers set it; the property must be set before the server class initialises.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        com.sun.net.httpserver.HttpServer server;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers * 2);
        try {
            server = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] answer = ("{\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": \"TRUE\"}}], "
                + "\"usage\": {\"prompt_tokens\": 60, \"completion_tokens\": 1}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        server.createContext("/v1/chat/completions", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                Thread.sleep(latencyMs);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(pool);
        server.start();
        try {
            EvalOptions o = new EvalOptions();
            o.provider = "openai-compatible";
            o.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
            o.model = "bench";
            o.workers = workers;
            o.maxItems = items;
            Result r = rounds(root, o, rounds);
            double bare = bareHttp(URI.create(o.baseUrl + "/chat/completions"), workers, items);
            return new Result(r.items(), r.itemsPerSecond(), r.loopItemsPerSecond(), bare);
        } finally {
            server.stop(0);
            pool.shutdownNow();
        }
    }

    /** {@code workers} threads posting to the server back to back with the JDK client: no runner at all. */
    private static double bareHttp(URI uri, int workers, long items) {
        HttpClient client = HttpClient.newBuilder().build();
        java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();
        Runnable worker = () -> {
            while (next.getAndIncrement() < items) {
                try {
                    client.send(HttpRequest.newBuilder(uri).version(HttpClient.Version.HTTP_1_1)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"model\": \"bench\"}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(worker);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return items / ((System.nanoTime() - t0) / 1e9);
    }

    private static Result rounds(Path root, EvalOptions o, int rounds) {
        Path out;
        try {
            out = Files.createTempDirectory("chaosbench-eval-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Double> rates = new ArrayList<>();
        List<Double> loopRates = new ArrayList<>();
        int items = 0;
        try {
            for (int i = 0; i < rounds; i++) {
                Clock clock = Clock.fixed(Instant.ofEpochSecond(1_800_000_000L + i), ZoneOffset.UTC);
                long t0 = System.nanoTime();
                double[] loopRate = new double[1];
                EvalRun.Result r = Evaluations.evaluate(root, out, o, null, ApiKeys.none(),
                        s -> loopRate[0] = s.itemsPerSecond(), clock);
                long t1 = System.nanoTime();
                items = r.metrics() == null ? 0 : (int) r.metrics().total();
                rates.add(items / ((t1 - t0) / 1e9));
                loopRates.add(loopRate[0]); // the last snapshot covers the whole session
            }
        } finally {
            deleteTree(out);
        }
        return new Result(items, rates, loopRates, 0);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
