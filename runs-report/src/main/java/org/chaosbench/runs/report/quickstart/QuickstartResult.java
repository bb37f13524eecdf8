package org.chaosbench.runs.report.quickstart;

import java.nio.file.Path;

/**
 * How the main job ended.
 *
 * @param problem why it stopped early, null when every step ran
 * @param evaluated baselines evaluated by this run (0 when all were up to date)
 * @param auditMarkdown RUNS_AUDIT.md, null when it stopped early
 * @param siteIndex the leaderboard's index.html, null when it stopped early
 */
public record QuickstartResult(String problem, int evaluated, Path auditMarkdown, Path siteIndex) {

    static QuickstartResult failed(String problem) {
        return new QuickstartResult(problem, 0, null, null);
    }

    static QuickstartResult done(int evaluated, Path auditMarkdown, Path siteIndex) {
        return new QuickstartResult(null, evaluated, auditMarkdown, siteIndex);
    }

    public boolean ok() {
        return problem == null;
    }
}
