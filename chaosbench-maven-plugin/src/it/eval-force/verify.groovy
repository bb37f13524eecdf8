import groovy.json.JsonSlurper

// Each invocation evaluated all three: six complete runs in six folders, the random ones with
// their own seeds; the forced invocation skipped nothing.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def runs = new File(basedir, 'runs').listFiles().findAll { it.directory }.sort { it.name }
def byName = runs.groupBy { it.name.replaceFirst(/^\d{8}T\d{6}Z_/, '') }
assert byName.keySet() == ['baseline_always-false', 'baseline_random-p0.5'] as Set
assert byName['baseline_always-false'].size() == 2
assert byName['baseline_random-p0.5'].size() == 4

def seeds = []
runs.each { run ->
    assert new File(run, 'run_manifest.json').isFile()
    assert !new File(run, '.eval_checkpoint.jsonl').exists()
    assert new File(run, 'predictions.jsonl').readLines('UTF-8').size() == 8
    def manifest = new JsonSlurper().parse(new File(run, 'run_manifest.json'))
    assert manifest.run_id == run.name
    if (run.name.endsWith('random-p0.5')) {
        seeds << manifest.seed
    }
}
assert seeds.sort() == [1, 1, 2, 2]
// Same inputs, same answers: the forced rerun of a seed repeats its predictions.
def answers = { File run -> new File(run, 'predictions.jsonl').readLines('UTF-8')
        .collect { new JsonSlurper().parseText(it).parsed_label } }
def bySeed = byName['baseline_random-p0.5'].groupBy { new JsonSlurper().parse(new File(it, 'run_manifest.json')).seed }
bySeed.each { seed, pair -> assert answers(pair[0]) == answers(pair[1]) }
def sha = { File run -> new JsonSlurper().parse(new File(run, 'run_manifest.json')).inputs_sha256 }
assert sha(bySeed[1][0]) == sha(bySeed[1][1])
assert sha(bySeed[1][0]) != sha(bySeed[2][0])

assert lines.count { it == '[INFO] Evaluation complete.' } == 6
assert !lines.any { it.contains('Skipping') }
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2
true
