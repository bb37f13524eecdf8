package org.chaosbench.runs.ingest.audit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.ReferenceData;
import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.dataset.Freezer;
import org.chaosbench.runs.ingest.dataset.GlobalFingerprint;
import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.policy.PolicyContext;

/** FORMATS 8.4's SHA comparisons on a real frozen copy of the project's embedded dataset. */
class ShaCheckTest {
    @TempDir
    Path root;

    private String counted;
    private String legacy;

    @BeforeEach
    void freezeTheEmbeddedDataset() {
        ReferenceData.copyTree(ReferenceData.projectRoot().resolve("data"), root.resolve("data"));
        List<GlobalFingerprint> both = GlobalFingerprint.computeBoth(Selector.read(root, Selector.DEFAULT_PATH));
        counted = both.get(0).sha256();
        legacy = both.get(1).sha256();
    }

    private RunAudit audit(String stored) {
        Path dir = RunFolders.write(root.resolve("runs/r"), stored, "q", RunFolders.firstRight(4, 2));
        PolicyContext context = PolicyContext.load(root, null, Set.of(), Set.of());
        return RunAuditor.audit(new DiscoveredRun(dir, DiscoveredRun.Source.RUNS), context, BiasThresholds.DEFAULTS);
    }

    private void freeze() {
        Freezer.freeze(root, Selector.DEFAULT_PATH, Freezer.DEFAULT_OUTPUT_DIR,
                Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void theFrozenShaIsClean() {
        freeze();
        RunAudit a = audit(counted);
        assertThat(a.sha()).isEqualTo(new ShaCheck(true, false));
        assertThat(a.findingCodes()).isEmpty();
    }

    @Test
    void theLegacyFormulaIsAWarningThatNamesIt() {
        freeze();
        RunAudit a = audit(legacy);
        assertThat(a.sha()).isEqualTo(new ShaCheck(false, true));
        assertThat(a.findingCodes()).containsExactly("sha-legacy-formula");
        assertThat(a.findings().get(0).message()).startsWith("dataset_global_sha256 " + legacy.substring(0, 16)
                + "\u2026 is the legacy formula's SHA").contains("freeze SHA is " + counted.substring(0, 16));
        assertThat(a.hasErrors()).isFalse();
    }

    @Test
    void otherDataIsAMismatchErrorInTheOriginalsWording() {
        freeze();
        String other = "ab".repeat(32);
        RunAudit a = audit(other);
        assertThat(a.findingCodes()).containsExactly("sha-mismatch");
        assertThat(a.findings().get(0).message()).isEqualTo("SHA mismatch: stored=" + other.substring(0, 16)
                + "\u2026 recomputed_run=" + legacy.substring(0, 16) + "\u2026 freeze=" + counted.substring(0, 16)
                + "\u2026 (stored: not a known dataset release)");
    }

    @Test
    void withoutFreezeManifestTheCurrentShaIsOnlyAWarning() {
        // The original reports an error here (the freeze SHA is ""); the data on disk is what the
        // run used, so this audit warns that it is not frozen instead.
        RunAudit a = audit(counted);
        assertThat(a.sha()).isEqualTo(ShaCheck.NONE);
        assertThat(a.findingCodes()).containsExactly("sha-not-frozen");
        assertThat(audit("ab".repeat(32)).findingCodes()).containsExactly("sha-mismatch");
        assertThat(audit(legacy).findingCodes()).containsExactly("sha-legacy-formula");
    }
}
