package org.chaosbench.runs.ingest.audit.run;

import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.policy.PolicyContext;

/**
 * What every run of one audit shares: the policy, the bias thresholds, the item numbering for
 * the pairwise tests and the per-selector SHA cache.
 */
public record AuditContext(PolicyContext policy, BiasThresholds thresholds, ItemIndex items,
        RunMethodShas runMethodShas) {

    public static AuditContext of(PolicyContext policy, BiasThresholds thresholds) {
        return new AuditContext(policy, thresholds, new ItemIndex(), new RunMethodShas(policy.projectRoot()));
    }

    /** The freeze manifest's global SHA, "" without one (as the original). */
    public String freezeSha() {
        return policy.freezeManifest() == null ? "" : policy.freezeManifest().globalSha256();
    }
}
