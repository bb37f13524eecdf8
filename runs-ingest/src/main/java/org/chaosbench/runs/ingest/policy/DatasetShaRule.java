package org.chaosbench.runs.ingest.policy;

import org.chaosbench.runs.ingest.dataset.KnownDatasets;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * RUNS_POLICY 1, criterion 2: the stored dataset SHA equals the freeze manifest's. Runs started
 * before the unified hashing module (up to 2026-02-20 10:41 UTC) stored the legacy formula's
 * SHA (FORMATS 2.1); it denotes the same data but is not the official fingerprint, so such a
 * run is named as legacy rather than lumped with runs over other data.
 */
public final class DatasetShaRule implements PolicyRule {
    public static final String NAME = "dataset_global_sha256";

    @Override
    public RuleResult check(RunManifest manifest, PolicyContext context) {
        String stored = manifest.datasetGlobalSha256();
        if (stored == null) {
            return RuleResult.fail(NAME, "dataset_global_sha256 is missing from the manifest, so the data the run "
                    + "used cannot be identified; re-run to get an official run");
        }
        if (stored.equals("unavailable")) {
            return RuleResult.fail(NAME, "dataset_global_sha256 is \"unavailable\": the runner could not fingerprint "
                    + "the dataset (a file was missing); restore the canonical files and re-run");
        }
        FrozenDataset frozen = context.frozenDataset();
        if (context.freezeManifest() == null || frozen == null) {
            return RuleResult.fail(NAME, "no freeze manifest, so dataset SHA " + Sha.abbrev(stored)
                    + " (" + KnownDatasets.describe(stored) + ") cannot be checked against the frozen data; write the manifest with "
                    + "`bin/chaosbench freeze` (or pass --freeze-manifest) and audit again");
        }
        if (stored.equals(frozen.frozenSha())) {
            return RuleResult.pass(NAME, "dataset SHA " + Sha.abbrev(stored) + " matches the freeze manifest");
        }
        if (stored.equals(frozen.legacySha())) {
            return RuleResult.fail(NAME, "dataset SHA " + Sha.abbrev(stored) + " is the legacy formula's SHA of the "
                    + "frozen dataset " + Sha.abbrev(frozen.frozenSha()) + " (runs started before 2026-02-20 10:41 UTC "
                    + "stored it); re-run to get an official run");
        }
        if (frozen.legacySha() == null) {
            return RuleResult.fail(NAME, "dataset SHA " + Sha.abbrev(stored) + " (" + KnownDatasets.describe(stored)
                    + ") differs from the frozen SHA " + Sha.abbrev(frozen.frozenSha())
                    + ", and whether it is the frozen data's legacy-formula SHA cannot be told because "
                    + frozen.legacyUnknownBecause());
        }
        return RuleResult.fail(NAME, "dataset SHA " + Sha.abbrev(stored) + " (" + KnownDatasets.describe(stored)
                + ") matches neither the frozen SHA " + Sha.abbrev(frozen.frozenSha()) + " nor its legacy formula "
                + Sha.abbrev(frozen.legacySha()) + ": the run used other data; re-run on the frozen dataset");
    }
}
