import groovy.json.JsonSlurper

// First invocation: one complete run per baseline, with the default template of the jar.
// Second invocation: both skipped, naming their runs; nothing new was written.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def runs = new File(basedir, 'runs').listFiles().findAll { it.directory }.sort { it.name }
assert runs*.name.collect { it.replaceFirst(/^\d{8}T\d{6}Z_/, '') } == ['baseline_always-true', 'baseline_random-p0.5']

def ids = ['atomic_0001', 'atomic_0002', 'atomic_0003', 'atomic_0004', 'atomic_0005', 'mhop_0001', 'mhop_0002',
           'mhop_0003']
runs.each { run ->
    assert new File(run, 'run_manifest.json').isFile()
    assert new File(run, 'metrics.json').isFile()
    assert new File(run, 'summary.md').isFile()
    assert !new File(run, '.eval_checkpoint.jsonl').exists()
    def predictions = new File(run, 'predictions.jsonl').readLines('UTF-8').collect { new JsonSlurper().parseText(it) }
    assert predictions*.id == ids // canonical order: selector files in order, items in file order
    def manifest = new JsonSlurper().parse(new File(run, 'run_manifest.json'))
    assert manifest.run_id == run.name
    assert manifest.total_items_evaluated == 8
    assert manifest.prompt_version == 'cbr-default-v1' // the template inside the runs-eval jar
    assert manifest.inputs_sha256 ==~ /[0-9a-f]{64}/
}
def alwaysTrue = new File(runs[0], 'predictions.jsonl').readLines('UTF-8').collect { new JsonSlurper().parseText(it) }
assert alwaysTrue*.parsed_label.unique() == ['TRUE']
assert new JsonSlurper().parse(new File(runs[0], 'metrics.json')).correct == 4

int firstEnd = lines.indexOf('[INFO] BUILD SUCCESS')
def first = lines.subList(0, firstEnd)
def second = lines.subList(firstEnd + 1, lines.size())
assert first.contains('[INFO] Evaluating baseline/always-true (1 of 2, 8 items)')
assert first.contains('[INFO] Evaluating baseline/random-p0.5 (2 of 2, 8 items)')
assert first.count { it == '[INFO] Evaluation complete.' } == 2
assert first.count { it ==~ /\[INFO\] \[eval\] 8\/8 \(100\.0%\) .*/ } >= 2
assert first.contains('[INFO]   Run ID:        ' + runs[0].name)
assert !first.any { it.contains('Skipping') }

assert second.contains('[INFO] Skipping baseline/always-true: run ' + runs[0].name
        + ' already has these inputs (-Dchaosbench.eval.force=true re-runs it)')
assert second.contains('[INFO] Skipping baseline/random-p0.5: run ' + runs[1].name
        + ' already has these inputs (-Dchaosbench.eval.force=true re-runs it)')
assert !second.any { it.contains('Evaluation complete.') || it.contains('[eval]') }
assert second.contains('[INFO] BUILD SUCCESS')
true
