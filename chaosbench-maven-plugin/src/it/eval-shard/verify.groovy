import groovy.json.JsonSlurper

// Shard 2/3 of the eight items (five atomic, then three multi-hop, in selector order) holds
// positions 1, 4 and 7: an ordinary run folder whose id and manifest name the shard.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def runs = new File(basedir, 'runs').listFiles().findAll { it.directory }
assert runs.size() == 1
def run = runs[0]
assert run.name ==~ /\d{8}T\d{6}Z_baseline_always-false_shard2of3/
assert !new File(run, '.eval_checkpoint.jsonl').exists()

def predictions = new File(run, 'predictions.jsonl').readLines('UTF-8').collect { new JsonSlurper().parseText(it) }
assert predictions*.id == ['atomic_0002', 'atomic_0005', 'mhop_0003']
def manifest = new JsonSlurper().parse(new File(run, 'run_manifest.json'))
assert manifest.run_id == run.name
assert manifest.total_items_evaluated == 3
assert manifest.shard.index == 2
assert manifest.shard.count == 3
assert manifest.shard.full_item_count == 8
// SHA-256 of the eight ids in order, each followed by a newline.
def ids = ['atomic_0001', 'atomic_0002', 'atomic_0003', 'atomic_0004', 'atomic_0005', 'mhop_0001', 'mhop_0002', 'mhop_0003']
def sha = java.security.MessageDigest.getInstance('SHA-256').digest(ids.collect { it + '\n' }.join('').getBytes('UTF-8'))
assert manifest.shard.item_list_sha256 == sha.encodeHex().toString()
assert manifest.shard.run_inputs_sha256 ==~ /[0-9a-f]{64}/
assert manifest.shard.run_inputs_sha256 != manifest.inputs_sha256

assert lines.contains('[INFO] Evaluating baseline/always-false (1 of 1, shard 2/3: 3 of 8 items)')
assert lines.contains('[INFO]   Run ID:        ' + run.name)
assert lines.contains('[INFO] BUILD SUCCESS')
true
