import groovy.json.JsonSlurper

// One complete run of five sampled items, all answered FALSE.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def runs = new File(basedir, 'runs').listFiles().findAll { it.directory }
assert runs.size() == 1
def run = runs[0]
assert run.name ==~ /\d{8}T\d{6}Z_baseline_always-false/
assert !new File(run, '.eval_checkpoint.jsonl').exists()

def predictions = new File(run, 'predictions.jsonl').readLines('UTF-8').collect { new JsonSlurper().parseText(it) }
assert predictions.size() == 5
assert predictions*.id.unique().size() == 5
assert predictions*.parsed_label.unique() == ['FALSE']
def manifest = new JsonSlurper().parse(new File(run, 'run_manifest.json'))
assert manifest.provider == 'baseline/always-false'
assert manifest.max_items == 5
assert manifest.total_items_evaluated == 5
def metrics = new JsonSlurper().parse(new File(run, 'metrics.json'))
assert metrics.total == 5
assert metrics.correct == predictions.count { it.ground_truth == 'FALSE' }

assert lines.any { it ==~ /\[INFO\] --- chaosbench:[^:]+:eval \(default-cli\) @ eval-cli ---/ }
assert lines.contains('[INFO] Evaluating baseline/always-false (1 of 1, 5 items)')
assert lines.contains('[INFO] Evaluation complete.')
assert lines.contains('[INFO]   Run ID:        ' + run.name)
assert lines.contains('[INFO]   Total:         5 (evaluated now 5, reused 0)')
assert lines.contains('[INFO] BUILD SUCCESS')
true
