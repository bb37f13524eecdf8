import groovy.json.JsonSlurper
import java.security.MessageDigest

// The committed manifest froze an older data/v22_multi_hop.jsonl: the check failed, naming that
// file (and only it) with both SHA-256 prefixes, and left the manifest as it was.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def sha256 = { byte[] bytes -> MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString() }

def manifestFile = new File(basedir, 'artifacts/freeze/v2_freeze_manifest.json')
def manifest = new JsonSlurper().parse(manifestFile)
def frozen = manifest.canonical_files.find { it.path == 'data/v22_multi_hop.jsonl' }.sha256
def now = sha256(new File(basedir, 'data/v22_multi_hop.jsonl').bytes)
assert frozen != now
assert manifest.canonical_files.find { it.path == 'data/v22_atomic.jsonl' }.sha256 ==
        sha256(new File(basedir, 'data/v22_atomic.jsonl').bytes)

assert lines.contains('[ERROR] The dataset differs from artifacts/freeze/v2_freeze_manifest.json:')
assert lines.contains('[ERROR]   data/v22_multi_hop.jsonl: SHA-256 changed (frozen ' + frozen.take(16)
        + '..., now ' + now.take(16) + '...)')
assert !lines.any { it.startsWith('[ERROR]   data/v22_atomic.jsonl') }
assert lines.contains('[ERROR]   frozen global_sha256:  ' + manifest.global_sha256)
assert lines.any { it.contains('The dataset differs from artifacts/freeze/v2_freeze_manifest.json (1 difference(s) listed above).') }
assert lines.contains('[INFO] BUILD FAILURE')
// A check never rewrites the manifest.
assert manifestFile.getText('UTF-8').contains('"created_utc": "2026-01-15T09:30:00.000000+00:00"')
assert !new File(basedir, 'artifacts/freeze/v2_freeze_sha256.txt').exists()
true
