import groovy.json.JsonSlurper

// The merge of the three shards is the unsharded run: the same records in the same order
// (latency aside), the same metrics.json, the same summary.md but for the run id.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def shards = new File(basedir, 'runs/shards').listFiles().findAll { it.directory }.sort { it.name }
assert shards*.name.collect { it.replaceAll(/^\d{8}T\d{6}Z_/, '') } ==
        ['baseline_random-p0.5_shard1of3', 'baseline_random-p0.5_shard2of3', 'baseline_random-p0.5_shard3of3']
def wholes = new File(basedir, 'runs/whole').listFiles().findAll { it.directory }
assert wholes.size() == 1
def whole = wholes[0]
def merged = new File(basedir, 'runs/merged')

def noLatency = { File run -> new File(run, 'predictions.jsonl').readLines('UTF-8').collect { it.replaceAll(/"latency_s": [-+0-9.eE]+/, '"latency_s": 0') } }
assert noLatency(merged).size() == 8
assert noLatency(merged) == noLatency(whole)
assert new File(merged, 'metrics.json').getText('UTF-8') == new File(whole, 'metrics.json').getText('UTF-8')
assert new File(merged, 'summary.md').getText('UTF-8').replace('# Evaluation Summary: merged', '# Evaluation Summary: RUN') ==
        new File(whole, 'summary.md').getText('UTF-8').replace('# Evaluation Summary: ' + whole.name, '# Evaluation Summary: RUN')

def m = new JsonSlurper().parse(new File(merged, 'run_manifest.json'))
def w = new JsonSlurper().parse(new File(whole, 'run_manifest.json'))
assert m.run_id == 'merged'
assert m.total_items_evaluated == 8
assert m.shard == null
assert m.inputs_sha256 == w.inputs_sha256
assert m.merged_shards.count == 3
assert m.merged_shards.shards*.run_id == shards*.name
assert m.merged_shards.shards*.items == [3, 3, 2]

assert lines.contains('[INFO] Evaluating baseline/random-p0.5 (2 of 3, shard 2/3: 3 of 8 items)')
assert lines.any { it ==~ /\[INFO\] --- chaosbench:[^:]+:merge-shards \(merge\) @ merge-shards ---/ }
assert lines.contains('[INFO] Merged 3 shards into one run.')
assert lines.contains('[INFO]   Run ID:        merged')
assert lines.contains('[INFO] ' + merged.absolutePath + ' is up to date: it is the merge of these 3 shard runs (--force merges them again).')
assert lines.contains('[INFO] BUILD SUCCESS')
true
