import groovy.json.JsonSlurper
import java.security.MessageDigest

// freeze wrote the manifest with the right fingerprints; the check that followed found the
// dataset unchanged.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def sha256 = { byte[] bytes -> MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString() }
def count = { File f -> f.getText('UTF-8').split(/\r\n|\r|\n/).count { it.trim() } }

def freezeDir = new File(basedir, 'artifacts/freeze')
def manifestFile = new File(freezeDir, 'v2_freeze_manifest.json')
assert manifestFile.isFile()
assert new File(freezeDir, 'v2_freeze_sha256.txt').isFile()
assert new File(freezeDir, 'v2_freeze_report.md').isFile()

def paths = ['data/v22_atomic.jsonl', 'data/v22_multi_hop.jsonl']
def manifest = new JsonSlurper().parse(manifestFile)
assert manifest.dataset_release == 'v2'
assert manifest.canonical_selector == 'data/canonical_v2_files.json'
assert manifest.canonical_files*.path == paths
assert manifest.canonical_total_questions == 5
String global = ''
paths.each { p ->
    def f = new File(basedir, p)
    def entry = manifest.canonical_files.find { it.path == p }
    assert entry.sha256 == sha256(f.bytes)
    assert entry.count == count(f)
    global += p + ':' + entry.sha256 + ':' + entry.count + '\n'
}
// FORMATS 2.1: SHA-256 over path:sha:count lines in path order.
assert manifest.global_sha256 == sha256(global.getBytes('UTF-8'))

// First invocation: freeze; second: the check, on the same unchanged files.
assert lines.contains('[INFO] Froze 2 files, 5 items.')
assert lines.contains('[INFO] global_sha256: ' + manifest.global_sha256)
assert lines.contains('[INFO] Wrote artifacts/freeze/v2_freeze_manifest.json, v2_freeze_sha256.txt, v2_freeze_report.md')
assert lines.contains('[INFO] OK: the dataset matches artifacts/freeze/v2_freeze_manifest.json (global_sha256 '
        + manifest.global_sha256 + ').')
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2
true
