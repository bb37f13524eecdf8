package org.chaosbench.runs.ingest.audit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.policy.PolicyContext;

/** Discovery order, published-run de-duplication by folder name, symlinks, missing folders. */
class RunDiscoveryTest {
    @TempDir
    Path tmp;

    private Path run(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("run_manifest.json"), "{\"run_id\": \"" + dir.getFileName() + "\"}");
        return dir;
    }

    @Test
    void runsRecursivelySortedThenPublishedOnesNotAlreadyFound() throws IOException {
        Path runs = tmp.resolve("runs");
        Path published = tmp.resolve("published");
        Path b = run(runs.resolve("b"));
        Path a = run(runs.resolve("z/a"));
        Path nested = run(runs.resolve("b/inner"));
        run(published.resolve("b"));
        Path p = run(published.resolve("p"));
        Files.createDirectories(runs.resolve("empty"));
        assertThat(RunDiscovery.discover(runs, published)).containsExactly(
                new DiscoveredRun(b, DiscoveredRun.Source.RUNS),
                new DiscoveredRun(nested, DiscoveredRun.Source.RUNS),
                new DiscoveredRun(a, DiscoveredRun.Source.RUNS),
                new DiscoveredRun(p, DiscoveredRun.Source.PUBLISHED));
    }

    @Test
    void aMissingRunsDirIsEmptyNotAnError() throws IOException {
        Path p = run(tmp.resolve("published/p"));
        assertThat(RunDiscovery.discover(tmp.resolve("nope"), null)).isEmpty();
        assertThat(RunDiscovery.discover(tmp.resolve("nope"), tmp.resolve("published")))
                .containsExactly(new DiscoveredRun(p, DiscoveredRun.Source.PUBLISHED));
    }

    @Test
    void symlinksLeadingOutsideAreNotFollowedButInsideOnesAre() throws IOException {
        Path outside = run(tmp.resolve("elsewhere/foreign"));
        Path runs = tmp.resolve("runs");
        Path inside = run(runs.resolve("real"));
        Files.createSymbolicLink(runs.resolve("out-link"), outside.getParent());
        Files.createSymbolicLink(runs.resolve("in-link"), inside);
        Files.createSymbolicLink(runs.resolve("loop"), runs);
        assertThat(RunDiscovery.discover(runs, null)).extracting(DiscoveredRun::dir)
                .containsExactly(runs.resolve("in-link"), inside);
    }

    @Test
    void aPublishedRunWithoutPredictionsOnlyGetsAWarning() throws IOException {
        Path dir = run(tmp.resolve("published/p"));
        Files.writeString(dir.resolve("run_manifest.json"), "{\"run_id\": \"p\", \"provider\": \"mock\", "
                + "\"total_items_evaluated\": 4, \"max_items\": null, \"metrics_summary\": {\"coverage\": 1.0, "
                + "\"accuracy_valid\": 0.5}}");
        PolicyContext context = PolicyContext.load(tmp, null, Set.of(), Set.of());
        RunAudit audit = RunAuditor.audit(new DiscoveredRun(dir, DiscoveredRun.Source.PUBLISHED), context,
                BiasThresholds.DEFAULTS);
        // No dataset in this project: the SHA recompute fails (its own finding, see ShaCheckTest).
        assertThat(audit.findingCodes()).containsExactly("metrics-missing", "predictions-missing", "sha-recompute-failed");
        assertThat(audit.validCount()).isEqualTo(4L);
        assertThat(audit.invalidCount()).isZero();
        assertThat(audit.wilson()).isEqualTo(org.chaosbench.runs.ingest.audit.WilsonInterval.of(2, 4));
        assertThat(audit.provider()).isEqualTo("mock");
        assertThat(audit.model()).isEqualTo("mock");
        assertThat(audit.verdict().official()).isFalse();
    }
}
