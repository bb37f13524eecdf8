package org.chaosbench.runs.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.ReferenceData;

class FreezerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00.123456Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    @BeforeEach
    void copyTheEmbeddedDataset() {
        ReferenceData.copyTree(ReferenceData.projectRoot().resolve("data"), root.resolve("data"));
    }

    @Test
    void freezeWritesTheManifestThatCheckThenAccepts() throws IOException {
        FreezeManifest m = Freezer.freeze(root, Selector.DEFAULT_PATH, Freezer.DEFAULT_OUTPUT_DIR, CLOCK);

        Path manifest = root.resolve(FreezeManifest.DEFAULT_PATH);
        String json = Files.readString(manifest);
        assertThat(json).startsWith("{\n  \"dataset_release\": \"v2\",\n  \"schema_version\": \"v2\",\n"
                + "  \"created_utc\": \"2026-11-29T10:00:00.123456+00:00\",\n"
                + "  \"canonical_selector\": \"data/canonical_v2_files.json\",\n  \"canonical_files\": [\n")
                .doesNotEndWith("\n");
        assertThat(FreezeManifest.read(manifest)).isEqualTo(FreezeManifest.read(manifest));
        assertThat(FreezeManifest.read(manifest).globalSha256()).isEqualTo(m.globalSha256())
                .isEqualTo(GlobalFingerprint.compute(Selector.read(root, Selector.DEFAULT_PATH),
                        GlobalFingerprint.Formula.COUNTED).sha256());
        assertThat(Files.readString(root.resolve("artifacts/freeze/v2_freeze_sha256.txt")))
                .contains("global_sha256  " + m.globalSha256() + "\n").endsWith(")\n");
        assertThat(Files.readString(root.resolve("artifacts/freeze/v2_freeze_report.md")))
                .contains("| `v22_atomic.jsonl` |");

        FreezeCheck check = Freezer.check(root, Selector.DEFAULT_PATH, manifest);
        assertThat(check.matches()).isTrue();
        assertThat(check.differences()).isEmpty();
    }

    @Test
    void checkNamesEveryFileWhoseShaOrLineCountChanged() throws IOException {
        Freezer.freeze(root, Selector.DEFAULT_PATH, Freezer.DEFAULT_OUTPUT_DIR, CLOCK);
        Path atomic = root.resolve("data/v22_atomic.jsonl");
        String text = Files.readString(atomic);
        Files.writeString(atomic, text.substring(0, text.indexOf('\n') + 1)); // keep one line
        Path regime = root.resolve("data/v22_regime_transition.jsonl");
        Files.writeString(regime, Files.readString(regime) + "\n\n"); // same items, different bytes
        Files.delete(root.resolve("data/v22_cross_indicator.jsonl"));

        FreezeCheck check = Freezer.check(root, Selector.DEFAULT_PATH, root.resolve(FreezeManifest.DEFAULT_PATH));

        assertThat(check.matches()).isFalse();
        assertThat(check.currentSha()).isNull();
        assertThat(check.differences()).extracting(FreezeCheck.Difference::path).containsExactlyInAnyOrder(
                "data/v22_atomic.jsonl", "data/v22_atomic.jsonl", "data/v22_cross_indicator.jsonl",
                "data/v22_regime_transition.jsonl");
        assertThat(check.differences()).extracting(FreezeCheck.Difference::what)
                .anyMatch(w -> w.startsWith("line count changed (frozen "))
                .anyMatch(w -> w.startsWith("SHA-256 changed (frozen "))
                .contains("file not found");
    }

    @Test
    void theCommittedFreezeManifestMatchesTheEmbeddedDataset() {
        Path project = ReferenceData.projectRoot();

        FreezeCheck check = Freezer.check(project, Selector.DEFAULT_PATH, project.resolve(FreezeManifest.DEFAULT_PATH));

        assertThat(check.differences()).isEmpty();
        assertThat(check.matches()).isTrue();
    }
}
