package org.chaosbench.runs.eval.provider;

import static org.chaosbench.runs.eval.provider.Providers.config;
import static org.chaosbench.runs.eval.provider.Providers.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.chaosbench.runs.eval.provider.FakeApi.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One provider shared by the runner's worker threads. */
class ConcurrencyTest {

    private final FakeApi api = FakeApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void sixteenThreadsTimesFiftyCallsAllSucceed() throws Exception {
        // The answer depends on the prompt, so a response delivered to the wrong caller shows.
        api.answering(req -> Reply.ok("{\"choices\": [{\"message\": {\"content\": \""
                + (req.bodyText().contains("even") ? "TRUE" : "FALSE") + "\"}}]}"));
        Provider provider = create(config("openai", "gpt-4o", api, "/v1"), Map.of("OPENAI_API_KEY", "sk-x"),
                new RecordingSleeper());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 50; i++) {
                        int n = thread * 50 + i;
                        String parity = n % 2 == 0 ? "even" : "odd";
                        ProviderResponse r = provider.generate(new ProviderRequest("item " + n + " is " + parity,
                                "id" + n, 0));
                        assertNull(r.error());
                        assertEquals(1, r.attempts());
                        assertEquals(n % 2 == 0 ? "TRUE" : "FALSE", r.text());
                        ok++;
                    }
                    return ok;
                }));
            }
            int total = 0;
            for (Future<Integer> f : futures) {
                total += f.get(30, TimeUnit.SECONDS);
            }
            assertEquals(800, total);
            assertEquals(800, api.requests().size());
        } finally {
            pool.shutdownNow();
        }
    }
}
