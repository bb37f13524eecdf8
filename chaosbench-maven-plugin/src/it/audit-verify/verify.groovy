import groovy.json.JsonSlurper

// The audit ran after eval in the same phase, found both runs, and wrote its three outputs.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
int evalAt = lines.findIndexOf { it.contains('chaosbench:') && it.contains(':eval (baselines)') }
int auditAt = lines.findIndexOf { it.contains('chaosbench:') && it.contains(':audit (baselines)') }
assert evalAt >= 0 && auditAt > evalAt
assert lines.any { it.startsWith('[INFO] Audited 2 run(s): 0 OFFICIAL, 2 EXPLORATORY; 0 with error findings; 1 pairwise test(s)') }

def audit = new JsonSlurper().parse(new File(basedir, 'artifacts/runs_audit/audit.json'))
assert audit.runs.size() == 2
audit.runs.each { run ->
    assert run.verdict == 'EXPLORATORY'
    // No freeze manifest and no git repository here: both reasons are given.
    assert run.verdict_reasons.any { it.startsWith('no freeze manifest') }
    assert run.errors == []
    assert run.wilson_lo != null && run.wilson_hi != null && run.rank == 1
}
// always-true and always-false disagree on all 8 items, 4 each way.
assert audit.pairwise[0].tests[0].first_only_correct == 4
assert audit.pairwise[0].tests[0].second_only_correct == 4
def md = new File(basedir, 'artifacts/runs_audit/RUNS_AUDIT.md').getText('UTF-8')
assert md.startsWith('# ChaosBench-Logic — Runs Audit Report\n')
assert md.contains('## 11. Pairwise Comparisons')
// Only OFFICIAL runs reach the paper tables: the header alone.
assert new File(basedir, 'artifacts/paper_assets/baselines_table.csv').readLines('UTF-8').size() == 1
assert lines.contains('[INFO] BUILD SUCCESS')
true
