package org.chaosbench.runs.report.publish;

import com.fasterxml.jackson.databind.JsonNode;

import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.policy.PolicyContext;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * Whether a run is a subset run, whose predictions publish-run may compress (FORMATS 7, step
 * 4). The original's test ({@code max_items <= 5000}) misses every run made from a subset file
 * (their {@code max_items} is null, FORMATS 12.3) and calls {@code max_items: 0}, which
 * samples nothing, a subset. Here the audit's scope decides: a run is a subset run when it is
 * not a full run, i.e. a {@code max_items} sample, a run naming its subset file, or a run that
 * evaluated fewer items than the freeze holds.
 *
 * @param reason why, in words, for the console
 */
record SubsetRun(boolean subset, String reason) {

    static SubsetRun of(RunAudit audit, PolicyContext context) {
        if (audit.isFullRun()) {
            return new SubsetRun(false, "a full run over the canonical dataset");
        }
        RunManifest m = audit.manifest();
        if (m == null) {
            return new SubsetRun(false, "the manifest could not be read");
        }
        if (m.maxItems() != null && m.maxItems() != 0) {
            return new SubsetRun(true, "a sample of max_items " + m.maxItems());
        }
        JsonNode evaluated = m.extra().get("evaluated_dataset");
        JsonNode source = evaluated == null ? null : evaluated.get("source");
        if (source != null && source.isTextual()) {
            return new SubsetRun(true, "a run over the subset file " + source.textValue());
        }
        String frozen = context.freezeManifest() == null ? "frozen"
                : context.freezeManifest().totalQuestions() + " frozen";
        return new SubsetRun(true, "total_items_evaluated " + m.totalItemsEvaluated() + " is fewer than the "
                + frozen + " items: a run over a subset file");
    }
}
