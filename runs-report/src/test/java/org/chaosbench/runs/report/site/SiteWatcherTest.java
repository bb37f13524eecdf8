package org.chaosbench.runs.report.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherTest {
    private static final String SHA = "cfcfcc739988ad99c38d47dd171ff39f67df3ddca7d8d452e8c77b30f14e7279";

    @TempDir
    Path tmp;

    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private Thread watching;

    @AfterEach
    void stopWatching() throws InterruptedException {
        stop.set(true);
        if (watching != null) {
            watching.join(10_000);
        }
    }

    private void watch(SiteOptions options) {
        SiteWatcher watcher = new SiteWatcher(options, Duration.ofMillis(40));
        watching = new Thread(() -> {
            try {
                watcher.run(new SiteWatcher.Listener() {
                    @Override
                    public void built(SiteResult result, long millis, boolean first) {
                        events.add(result);
                    }

                    @Override
                    public void failed(RuntimeException error) {
                        events.add(error);
                    }
                }, stop::get);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "site-watch-test");
        watching.start();
    }

    private Object next() throws InterruptedException {
        Object event = events.poll(60, TimeUnit.SECONDS);
        assertThat(event).as("a build within 60 s").isNotNull();
        return event;
    }

    @Test
    void aPublishedRunIsOnTheSiteWithoutRestartingAndNothingElseTriggersABuild() throws Exception {
        Path published = tmp.resolve("published");
        SiteFixtures.publishedRun(published, "20260301T000000Z_a", "ollama/a", SHA, 100, 70, "2026-03-01T00:00:00+00:00");
        Path site = tmp.resolve("site");
        watch(new SiteOptions(tmp.resolve("root"), published, null, site, null));

        SiteResult first = (SiteResult) next();
        assertThat(first.runs()).isEqualTo(1);
        Thread.sleep(400);
        assertThat(events).as("no rebuild without a change, even though the build wrote files").isEmpty();

        // A publish as our publisher makes it: staged under a hidden name, then renamed into place.
        Path staged = SiteFixtures.publishedRun(tmp.resolve("staging"), "20260302T000000Z_b", "ollama/b", SHA, 100, 60,
                "2026-03-02T00:00:00+00:00");
        Files.move(staged, published.resolve("20260302T000000Z_b"));

        SiteResult second = (SiteResult) next();
        assertThat(second.runs()).isEqualTo(2);
        assertThat(second.writtenFiles()).contains("runs/20260302T000000Z_b.html", "index.html");
        assertThat(Files.readString(site.resolve("runs/20260302T000000Z_b.html"))).contains("ollama/b");
        Thread.sleep(400);
        assertThat(events).as("one build per settled change").isEmpty();

        try (var files = Files.walk(published.resolve("20260301T000000Z_a"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        SiteResult third = (SiteResult) next();
        assertThat(third.runs()).isEqualTo(1);
        assertThat(third.removed()).contains("runs/20260301T000000Z_a.html");
        assertThat(site.resolve("runs/20260301T000000Z_a.html")).doesNotExist();
    }

    @Test
    void aRunChangedInPlaceIsAuditedAgainWhileUnchangedRunsAreKept() throws Exception {
        Path published = tmp.resolve("published");
        Path a = SiteFixtures.publishedRun(published, "20260301T000000Z_a", "ollama/a", SHA, 100, 70,
                "2026-03-01T00:00:00+00:00");
        SiteFixtures.publishedRun(published, "20260302T000000Z_b", "ollama/b", SHA, 100, 60, "2026-03-02T00:00:00+00:00");
        SiteOptions options = new SiteOptions(tmp.resolve("root"), published, null, tmp.resolve("site"), null);
        SiteAudits session = SiteAudits.session();
        SiteResult first = SiteBuilder.build(options, session);
        BoardRow before = first.boards().get(0).rows().stream().filter(r -> r.model().equals("a")).findFirst().orElseThrow();
        assertThat(before.accuracyLabel()).isEqualTo("0.7000");

        // The same run republished with other figures (same sizes, so only the time tells).
        Path metrics = a.resolve("metrics.json");
        String text = Files.readString(metrics);
        Files.writeString(metrics, text.replace("\"correct\": 70", "\"correct\": 80").replace("0.7,", "0.8,")
                .replace("0.7\n", "0.8\n"));
        Files.setLastModifiedTime(metrics, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(metrics).toMillis() + 2000));
        SiteResult second = SiteBuilder.build(options, session);
        BoardRow after = second.boards().get(0).rows().stream().filter(r -> r.model().equals("a")).findFirst().orElseThrow();
        assertThat(after.accuracyLabel()).isEqualTo("0.8000");
        assertThat(second.writtenFiles()).contains("runs/20260301T000000Z_a.html");
        // What a session keeps is what a one-shot build computes.
        assertThat(SiteBuilder.build(options).boards()).isEqualTo(second.boards());
    }

    @Test
    void aFailedBuildIsReportedTheSiteKeepsItsLastGoodBuildAndTheWatchGoesOn() throws Exception {
        Path published = tmp.resolve("published");
        SiteFixtures.publishedRun(published, "20260301T000000Z_a", "ollama/a", SHA, 100, 70, "2026-03-01T00:00:00+00:00");
        Path templates = Files.createDirectories(tmp.resolve("templates/site"));
        Path site = tmp.resolve("site");
        watch(new SiteOptions(tmp.resolve("root"), published, null, site, tmp.resolve("templates")));
        assertThat(next()).isInstanceOf(SiteResult.class);
        String goodIndex = Files.readString(site.resolve("index.html"));

        // A user template that does not parse: the build fails and says where.
        Files.writeString(templates.resolve("index.ftlh"), "<#if broken>");
        assertThat(next()).isInstanceOf(RuntimeException.class).asString().contains("index.ftlh");
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo(goodIndex);

        Files.delete(templates.resolve("index.ftlh"));
        assertThat(next()).isInstanceOf(SiteResult.class);
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo(goodIndex);
    }

    @Test
    void theFingerprintFollowsFilesEditedInPlace() throws Exception {
        Path published = tmp.resolve("published");
        Path run = SiteFixtures.publishedRun(published, "20260301T000000Z_a", "ollama/a", SHA, 100, 70,
                "2026-03-01T00:00:00+00:00");
        SiteOptions options = new SiteOptions(tmp.resolve("root"), published, null, tmp.resolve("site"), null);
        String before = SiteInputs.fingerprint(options);
        assertThat(SiteInputs.fingerprint(options)).isEqualTo(before);

        Path summary = run.resolve("summary.md");
        Files.writeString(summary, Files.readString(summary) + "\nedited in place\n");
        assertThat(SiteInputs.fingerprint(options)).isNotEqualTo(before);
    }

    @Test
    void aSiteFolderInsideAnInputFolderIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path published = tmp.resolve("published");
        SiteFixtures.publishedRun(published, "20260301T000000Z_a", "ollama/a", SHA, 100, 70, "2026-03-01T00:00:00+00:00");
        SiteOptions inside = new SiteOptions(tmp.resolve("root"), published, null, published.resolve("site"), null);
        assertThatThrownBy(() -> new SiteWatcher(inside, Duration.ofMillis(100)))
                .hasMessageContaining("--out: inside --published-dir").hasMessageContaining("published");
        assertThatThrownBy(() -> SiteBuilder.build(inside)).hasMessageContaining("read back as runs");
        assertThat(published.resolve("site")).doesNotExist();
    }

    @Test
    void aNonPositiveIntervalIsRefused() throws Exception {
        Path published = Files.createDirectories(tmp.resolve("published"));
        SiteOptions options = new SiteOptions(tmp, published, null, tmp.resolve("site"), null);
        for (Duration bad : List.of(Duration.ZERO, Duration.ofMillis(-5))) {
            assertThatThrownBy(() -> new SiteWatcher(options, bad)).hasMessageContaining("watch interval");
        }
    }
}
