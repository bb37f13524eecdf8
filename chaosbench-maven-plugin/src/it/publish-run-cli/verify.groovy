import groovy.json.JsonSlurper
import java.util.zip.GZIPInputStream

// The sampled run (max_items 4) is published with its predictions compressed; it is EXPLORATORY
// (dataset SHA "unavailable") and allowed, so the receipt says so; the receipt names the run
// folder relative to the project root; the index is regenerated in the original format.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def run = new File(basedir, 'runs/20260301T120000Z_mock')
def dest = new File(basedir, 'published_results/runs/20260301T120000Z_mock')

assert dest.list().sort() == ['metrics.json', 'predictions_subset.jsonl.gz', 'publish_receipt.json',
        'run_manifest.json', 'summary.md']
['run_manifest.json', 'metrics.json', 'summary.md'].each {
    assert new File(dest, it).bytes == new File(run, it).bytes
}
assert new GZIPInputStream(new FileInputStream(new File(dest, 'predictions_subset.jsonl.gz'))).bytes ==
        new File(run, 'predictions.jsonl').bytes

def receiptText = new File(dest, 'publish_receipt.json').getText('UTF-8')
assert !receiptText.contains(basedir.path)
def receipt = new JsonSlurper().parseText(receiptText)
assert receipt.keySet() as List == ['published_utc', 'source_run_dir', 'run_id', 'artifacts_copied',
        'artifacts_skipped', 'compress_predictions', 'verdict', 'verdict_reasons', 'subset_run']
assert receipt.source_run_dir == 'runs/20260301T120000Z_mock'
assert receipt.artifacts_copied == ['run_manifest.json', 'metrics.json', 'summary.md', 'predictions_subset.jsonl.gz']
assert receipt.artifacts_skipped == []
assert receipt.compress_predictions == true
assert receipt.verdict == 'EXPLORATORY'
assert receipt.verdict_reasons.any { it.startsWith('dataset_global_sha256 is "unavailable"') }
assert receipt.subset_run == true

def readme = new File(basedir, 'published_results/runs/README.md').readLines('UTF-8')
assert readme.contains('| `20260301T120000Z_mock` | mock | 4 | 0.7500 | 0.7500 | 0.5774 | 2026-03-01 |')

assert lines.contains('[INFO] Published 20260301T120000Z_mock to ' + dest.path)
assert lines.contains('[INFO]   scope: a sample of max_items 4')
assert lines.contains('[INFO] BUILD SUCCESS')
true
