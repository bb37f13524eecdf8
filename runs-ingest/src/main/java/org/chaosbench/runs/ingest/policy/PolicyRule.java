package org.chaosbench.runs.ingest.policy;

import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * One criterion of RUNS_POLICY section 1. Implementations never throw for bad run data: a
 * missing or malformed value is a failed criterion with a reason, so one run cannot sink an
 * audit.
 */
public interface PolicyRule {
    RuleResult check(RunManifest manifest, PolicyContext context);
}
