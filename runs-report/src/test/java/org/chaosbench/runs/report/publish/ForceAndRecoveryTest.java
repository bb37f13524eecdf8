package org.chaosbench.runs.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chaosbench.runs.report.index.IndexFormat;
import org.chaosbench.runs.report.index.PublishedIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --force replaces a published folder as a whole; what a killed publish leaves (a staging
 * folder, an old folder moved aside, a temporary index) is cleaned up by the next writer; and
 * concurrent publishes into one folder all end up in the index.
 */
class ForceAndRecoveryTest {
    static final String ID = RefusalTest.ID;

    @TempDir
    Path root;

    private PublishResult publish(String id, boolean force) {
        return RunPublisher.publish(new PublishRequest(root, Path.of("runs", id), null, false, force, true, null,
                List.of(), List.of(), IndexFormat.ORIGINAL), RepublishReferenceRunsTest.CLOCK);
    }

    private Path published(String id) {
        return root.resolve("published_results/runs").resolve(id);
    }

    @Test
    void forceReplacesTheWholeFolder() throws Exception {
        PolicyGateTest.run(root, ID, "ab".repeat(32), "abcdef1", "null");
        publish(ID, false);
        Projects.write(published(ID).resolve("stale.txt"), "from an older publish");
        Projects.write(root.resolve("runs").resolve(ID).resolve("summary.md"), "# new summary\n");

        publish(ID, true);

        assertThat(published(ID).resolve("stale.txt")).doesNotExist();
        assertThat(published(ID).resolve("summary.md")).hasContent("# new summary");
        try (var names = Files.list(root.resolve("published_results/runs"))) {
            assertThat(names.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly(".publish.lock", ID, "README.md");
        }
    }

    @Test
    void leftoversOfAKilledPublishAreCleanedUp() throws Exception {
        Path dir = root.resolve("published_results/runs");
        // Killed between the two renames of a --force publish: the old folder is aside, none in place.
        Projects.write(dir.resolve(".old_run.replaced-0f0e0d0c-0b0a-0908-0706-050403020100/run_manifest.json"),
                "{\"run_id\": \"old_run\"}");
        // Killed after the rename: the new folder is in place, the old one still aside.
        Projects.write(dir.resolve("done_run/run_manifest.json"), "{\"run_id\": \"done_run\", \"provider\": \"new\"}");
        Projects.write(dir.resolve(".done_run.replaced-0f0e0d0c-0b0a-0908-0706-050403020101/run_manifest.json"),
                "{\"run_id\": \"done_run\", \"provider\": \"old\"}");
        // Killed while staging, and while writing the index.
        Projects.write(dir.resolve(".x.staging-0f0e0d0c-0b0a-0908-0706-050403020102/run_manifest.json"), "{");
        Projects.write(dir.resolve(".README.md.123.tmp"), "half an ind");

        PublishedIndex.regenerate(dir, IndexFormat.ORIGINAL, () -> null);

        try (var names = Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly(".publish.lock", "README.md", "done_run", "old_run");
        }
        assertThat(dir.resolve("done_run/run_manifest.json")).content().contains("\"new\"");
        assertThat(Files.readString(dir.resolve("README.md"))).contains("| `done_run` | new |").contains("| `old_run` |");
    }

    @Test
    void concurrentPublishesAllReachTheIndex() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = "2026030" + (i % 9 + 1) + "T100000Z_mock" + i;
            PolicyGateTest.run(root, id, "ab".repeat(32), "abcdef1", "null");
            ids.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<PublishResult>> done = new ArrayList<>();
            for (String id : ids) {
                done.add(pool.submit((Callable<PublishResult>) () -> publish(id, false)));
            }
            for (Future<PublishResult> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        String index = Files.readString(root.resolve("published_results/runs/README.md"));
        for (String id : ids) {
            assertThat(index).contains("| `" + id + "` |");
        }
    }
}
