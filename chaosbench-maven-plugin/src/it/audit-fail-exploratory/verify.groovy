// A policy failure is a MojoFailureException naming the run and each reason; the reports are
// still written, so the failure can be read in them.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def run = new File(basedir, 'published_results/runs/20260301T120000Z_mock').path
assert lines.any { it.startsWith('[ERROR] Failed to execute goal') && it.contains(':audit (default-cli)')
        && it.endsWith('failOn exploratory-published: 1 published run(s) are EXPLORATORY; only OFFICIAL runs may be published (RUNS_POLICY 3):') }
assert lines.contains('[ERROR]   20260301T120000Z_mock (' + run + ')')
assert lines.any { it.startsWith('[ERROR]     - ') && it.contains('git_commit') || it.contains('commit') }
assert lines.any { it.contains('MojoFailureException') }
assert new File(basedir, 'artifacts/runs_audit/RUNS_AUDIT.md').getText('UTF-8').contains('**0 OFFICIAL**, **1 EXPLORATORY**')
assert lines.contains('[INFO] BUILD FAILURE')
true
