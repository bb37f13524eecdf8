package org.chaosbench.runs.ingest.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.dataset.FreezeManifest;

class DatasetShaRuleTest {
    @TempDir
    Path root;

    private String counted;
    private String legacy;

    @BeforeEach
    void freezeATinyDataset() {
        Fixtures.dataset(root);
        counted = Fixtures.countedSha();
        legacy = Fixtures.legacySha();
        Fixtures.write(root.resolve(FreezeManifest.DEFAULT_PATH), PyJson.pretty(Fixtures.freezeOf(counted).toJson()));
    }

    private RuleResult check(String stored) {
        return new DatasetShaRule().check(Fixtures.official(stored, null), Fixtures.context(root, Set.of()));
    }

    private static String abbrev(String sha) {
        return sha.substring(0, 8) + "...";
    }

    @Test
    void theFrozenShaPasses() {
        assertThat(check(counted)).isEqualTo(RuleResult.pass("dataset_global_sha256",
                "dataset SHA " + abbrev(counted) + " matches the freeze manifest"));
    }

    @Test
    void theLegacyFormulaOfTheFrozenFilesIsNamed() {
        assertThat(check(legacy)).isEqualTo(RuleResult.fail("dataset_global_sha256", "dataset SHA " + abbrev(legacy)
                + " is the legacy formula's SHA of the frozen dataset " + abbrev(counted)
                + " (runs started before 2026-02-20 10:41 UTC stored it); re-run to get an official run"));
    }

    @Test
    void otherDataMatchesNeither() {
        String other = Fixtures.sha256("other");
        assertThat(check(other)).isEqualTo(RuleResult.fail("dataset_global_sha256", "dataset SHA " + abbrev(other)
                + " (not a known dataset release) matches neither the frozen SHA " + abbrev(counted)
                + " nor its legacy formula " + abbrev(legacy) + ": the run used other data; re-run on the frozen dataset"));
    }

    @Test
    void theLegacyShaIsToldFromTheManifestEvenWhenTheDataChangedOrVanished() throws Exception {
        Fixtures.write(root.resolve("data/a.jsonl"), Fixtures.A + Fixtures.A);
        java.nio.file.Files.delete(root.resolve("data/b.jsonl"));
        assertThat(check(legacy).reason()).startsWith("dataset SHA " + abbrev(legacy) + " is the legacy formula's SHA");
    }

    @Test
    void aFreezeManifestWhoseEntriesDoNotGiveItsShaIsNamed() {
        Fixtures.write(root.resolve(FreezeManifest.DEFAULT_PATH),
                PyJson.pretty(Fixtures.freezeOf(Fixtures.sha256("edited")).toJson()));
        RuleResult r = check(legacy);
        assertThat(r.passed()).isFalse();
        assertThat(r.reason()).contains("cannot be told because the freeze manifest's canonical_files do not give "
                + "its global_sha256");
    }

    @Test
    void withoutFreezeManifestTheReasonGivesTheCommandAndNamesKnownReleases() throws Exception {
        java.nio.file.Files.delete(root.resolve(FreezeManifest.DEFAULT_PATH));
        assertThat(check(counted)).isEqualTo(RuleResult.fail("dataset_global_sha256", "no freeze manifest, so dataset SHA "
                + abbrev(counted) + " (not a known dataset release) cannot be checked against the frozen data; write "
                + "the manifest with `bin/chaosbench freeze` (or pass --freeze-manifest) and audit again"));
        assertThat(check("00ec17e31193de42c525ff3c8f166b4b59fae2c2631fa84a4c78b33fb01f9374").reason())
                .contains("(the legacy formula's SHA of the ChaosBench-Logic v2 canonical dataset, whose current SHA "
                        + "is cfcfcc73...)");
    }

    @Test
    void unavailableAndMissingShasFail() {
        assertThat(check("unavailable")).isEqualTo(RuleResult.fail("dataset_global_sha256",
                "dataset_global_sha256 is \"unavailable\": the runner could not fingerprint the dataset (a file was "
                        + "missing); restore the canonical files and re-run"));
        assertThat(check(null)).isEqualTo(RuleResult.fail("dataset_global_sha256",
                "dataset_global_sha256 is missing from the manifest, so the data the run used cannot be identified; "
                        + "re-run to get an official run"));
    }
}
