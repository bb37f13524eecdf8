package org.chaosbench.runs.ingest.policy;

import java.util.List;

/**
 * OFFICIAL when every criterion of RUNS_POLICY 1 holds, otherwise EXPLORATORY (such runs must
 * not appear in paper tables or on the leaderboard).
 */
public record Verdict(Kind kind, List<RuleResult> results) {

    public enum Kind {
        OFFICIAL,
        EXPLORATORY
    }

    public Verdict {
        results = List.copyOf(results);
    }

    public static Verdict of(List<RuleResult> results) {
        return new Verdict(results.stream().allMatch(RuleResult::passed) ? Kind.OFFICIAL : Kind.EXPLORATORY, results);
    }

    public boolean official() {
        return kind == Kind.OFFICIAL;
    }

    /** The failed rules' reasons in rule order; for an official run, one line saying so. */
    public List<String> reasons() {
        if (official()) {
            return List.of("all five criteria met");
        }
        return results.stream().filter(r -> !r.passed()).map(RuleResult::reason).toList();
    }
}
