import java.security.MessageDigest

// The fingerprint recomputed here from FORMATS 2.1, for both formulas: SHA-256 over one line per
// selector path in path order, "path:filesha\n" (legacy) or "path:filesha:count\n" (counted),
// where count is the number of non-blank lines.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def sha256 = { byte[] bytes -> MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString() }

def selectorOrder = ['data/v22_multi_hop.jsonl', 'data/v22_atomic.jsonl']
def files = selectorOrder.collectEntries { p ->
    def f = new File(basedir, p)
    [(p): [sha: sha256(f.bytes), count: f.getText('UTF-8').split(/\r\n|\r|\n/).count { it.trim() }]]
}
assert files['data/v22_atomic.jsonl'].count == 3 // five physical lines, two of them blank
assert files['data/v22_multi_hop.jsonl'].count == 2

def legacy = sha256(files.keySet().sort().collect { p -> p + ':' + files[p].sha + '\n' }.join('').getBytes('UTF-8'))
def counted = sha256(files.keySet().sort().collect { p -> p + ':' + files[p].sha + ':' + files[p].count + '\n' }
        .join('').getBytes('UTF-8'))
assert legacy != counted

// Each invocation: one line per file in selector order, the formula, then the SHA alone.
def expected = { String label, String sha ->
    selectorOrder.collect { p -> '[INFO] ' + files[p].sha + '  ' + p + '  (count=' + files[p].count + ')' } +
            ['[INFO] global_sha256 (' + label + '):', '[INFO] ' + sha]
}
[expected('legacy formula, path:sha', legacy), expected('path:sha:count', counted)].each { block ->
    int label = lines.indexOf(block[-2])
    assert label >= selectorOrder.size()
    assert lines.subList(label - selectorOrder.size(), label + 2) == block
}
assert lines.any { it ==~ /\[INFO\] --- chaosbench:[^:]+:fingerprint \(default-cli\) @ fingerprint-cli ---/ }
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2
true
